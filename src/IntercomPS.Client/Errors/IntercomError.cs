namespace IntercomPS.Client
{
    /// <summary>One entry of Intercom's error.list: a machine code, a message and, sometimes, the field at fault.</summary>
    public sealed class IntercomError
    {
        public IntercomError(string code, string message, string field)
        {
            Code = code;
            Message = message;
            Field = field;
        }

        public string Code { get; }
        public string Message { get; }
        public string Field { get; }

        public override string ToString() => Field == null ? $"{Code}: {Message}" : $"{Code}: {Message} (field '{Field}')";
    }
}
