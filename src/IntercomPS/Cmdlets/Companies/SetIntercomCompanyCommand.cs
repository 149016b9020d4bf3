using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Creates or updates a company by your external company_id (POST /companies), or updates one by Intercom id
    /// (PUT /companies/{id}). Only the fields given are sent.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IntercomCompany", DefaultParameterSetName = UpsertSet, SupportsShouldProcess = true)]
    [OutputType(typeof(Company))]
    [IntercomOperation("createOrUpdateCompany", ParameterSet = UpsertSet)]
    [IntercomOperation("UpdateCompany", ParameterSet = ByIdSet)]
    public sealed class SetIntercomCompanyCommand : IntercomCmdlet
    {
        private const string UpsertSet = "Upsert";
        private const string ByIdSet = "ById";

        private static readonly (string Parameter, string Field)[] Fields =
        {
            ("Name", "name"), ("Plan", "plan"), ("Size", "size"), ("Website", "website"), ("Industry", "industry"),
            ("MonthlySpend", "monthly_spend"), ("RemoteCreatedAt", "remote_created_at"), ("CustomAttribute", "custom_attributes"),
        };

        /// <summary>
        /// Your external company_id: the key of the create-or-update; it cannot be changed once set. Named only: a
        /// positional value is an Intercom -Id, so a mixed-up id fails (404) instead of creating a company.
        /// </summary>
        [Parameter(ParameterSetName = UpsertSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string CompanyId { get; set; }

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter]
        public string Name { get; set; }

        /// <summary>The plan's name.</summary>
        [Parameter]
        public string Plan { get; set; }

        /// <summary>The number of employees.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int Size { get; set; }

        [Parameter]
        public string Website { get; set; }

        [Parameter]
        public string Industry { get; set; }

        /// <summary>Whole units of revenue; Intercom keeps integers only.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int MonthlySpend { get; set; }

        [Parameter]
        public DateTimeOffset RemoteCreatedAt { get; set; }

        /// <summary>Custom attributes to set: names to strings, numbers, booleans or $null.</summary>
        [Parameter]
        public Hashtable CustomAttribute { get; set; }

        /// <summary>Bad input stops the command before anything is sent, whatever comes down the pipeline.</summary>
        protected override void BeginProcessing()
        {
            CheckCustomAttributes();
            var upsert = MyInvocation.BoundParameters.ContainsKey(nameof(CompanyId));
            if (!upsert && BoundBody(Fields).Count == 0) ThrowTerminatingError(NothingToChange(Fields.Select(f => f.Parameter)));
            base.BeginProcessing();
        }

        protected override void ProcessRecord()
        {
            var body = BoundBody(Fields);
            if (ParameterSetName == ByIdSet)
            {
                ChangeEach<Company>(Id, "company", $"Update {string.Join(", ", body.Keys)}", id => (o, ct) => Api.Companies.UpdateAsync(id, body, o, ct));
                return;
            }
            body["company_id"] = CompanyId;
            if (!ShouldProcess($"company_id '{CompanyId}'", "Create or update Intercom company")) return;
            ForItem(CompanyId, () => WriteObject(Invoke((o, ct) => Api.Companies.CreateOrUpdateAsync(body, o, ct))));
        }

        private void CheckCustomAttributes()
        {
            if (CustomAttribute == null) return;
            foreach (DictionaryEntry entry in CustomAttribute)
            {
                if (IsScalar(entry.Value)) continue;
                ThrowInvalidArgument($"-CustomAttribute '{entry.Key}' holds a {PlainTypeName(entry.Value)}; a custom attribute is a string, number, boolean or $null.", "InvalidCustomAttribute", entry.Key, nameof(CustomAttribute));
            }
        }

        private static bool IsScalar(object value)
        {
            var plain = Unwrap(value);
            return plain == null || plain is string || plain is bool || plain is decimal || plain.GetType().IsPrimitive;
        }

        private static string PlainTypeName(object value) => Unwrap(value).GetType().Name;

        private static object Unwrap(object value) => value is PSObject pso ? pso.BaseObject : value;
    }
}
