using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Translates a PowerShell-style filter such as
    /// <c>email -like '*@acme.com' -and (last_seen_at -gt '2026-01-01' -or role -eq 'lead')</c>
    /// into Intercom's search query tree ({field, operator, value} and {operator: AND|OR, value: [...]}).
    /// PowerShell's own tokenizer reads the text; this class only checks the grammar:
    ///   filter     := and ( -or and )*
    ///   and        := primary ( -and primary )*
    ///   primary    := ( filter ) | field operator value
    ///   value      := scalar ( , scalar )* | @( scalar ( , scalar )* )
    /// Dates (a string that reads as a date, compared with a field ending in _at, _since or _until) become unix seconds.
    /// </summary>
    public static class SearchFilter
    {
        private static readonly Dictionary<string, string> Comparisons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["eq"] = "=", ["ne"] = "!=", ["gt"] = ">", ["ge"] = ">=", ["lt"] = "<", ["le"] = "<=", ["in"] = "IN", ["notin"] = "NIN",
            ["like"] = "like", ["notlike"] = "notlike",
        };

        /// <summary>The query for a filter text; a FilterException (with the offending position) when it is not valid.</summary>
        public static IDictionary<string, object> Translate(string filter)
        {
            if (string.IsNullOrWhiteSpace(filter)) throw new FilterException("The filter is empty.", filter ?? "", 0);
            Parser.ParseInput(filter, out var tokens, out _);
            var reader = new TokenReader(filter, tokens.Where(t => t.Kind != TokenKind.NewLine && t.Kind != TokenKind.Comment).ToList());
            var query = ParseOr(reader);
            if (!reader.AtEnd) throw reader.Error($"Unexpected '{reader.Current.Text}': expected -and, -or or the end of the filter.");
            return query;
        }

        private static IDictionary<string, object> ParseOr(TokenReader reader) => ParseChain(reader, "or", "OR", ParseAnd);

        private static IDictionary<string, object> ParseAnd(TokenReader reader) => ParseChain(reader, "and", "AND", ParsePrimary);

        private static IDictionary<string, object> ParseChain(TokenReader reader, string keyword, string op, Func<TokenReader, IDictionary<string, object>> next)
        {
            var parts = new List<IDictionary<string, object>> { next(reader) };
            while (reader.IsOperator(keyword))
            {
                reader.Advance();
                parts.Add(next(reader));
            }
            if (parts.Count == 1) return parts[0];
            // a -and (b -and c) is one AND of three: Intercom nests at most a few levels deep.
            var flat = parts.SelectMany(p => Equals(p["operator"], op) && p["value"] is List<object> inner ? inner : new List<object> { p }).ToList();
            return new Dictionary<string, object> { ["operator"] = op, ["value"] = flat };
        }

        private static IDictionary<string, object> ParsePrimary(TokenReader reader)
        {
            if (reader.AtEnd) throw reader.Error("The filter ends where a comparison (field -operator value) or '(' was expected.");
            if (reader.Current.Kind == TokenKind.LParen)
            {
                reader.Advance();
                var inner = ParseOr(reader);
                if (reader.AtEnd || reader.Current.Kind != TokenKind.RParen) throw reader.Error("Missing ')'.");
                reader.Advance();
                return inner;
            }
            return ParseComparison(reader);
        }

        private static IDictionary<string, object> ParseComparison(TokenReader reader)
        {
            var fieldToken = reader.Current;
            if (!(fieldToken.Kind == TokenKind.Generic || fieldToken.Kind == TokenKind.Identifier) || fieldToken.Text.StartsWith("-", StringComparison.Ordinal))
                throw reader.Error($"Expected a field name (e.g. email, custom_attributes.plan), found '{fieldToken.Text}'.");
            var field = fieldToken.Text;
            reader.Advance();

            if (reader.AtEnd) throw reader.Error($"Expected an operator (-eq, -ne, -gt, -ge, -lt, -le, -like, -notlike, -in, -notin) after '{field}'.");
            var opToken = reader.Current;
            var name = reader.OperatorName();
            if (name == null || !Comparisons.TryGetValue(name, out var op))
                throw reader.Error($"'{opToken.Text}' is not a supported operator; use -eq, -ne, -gt, -ge, -lt, -le, -like, -notlike, -in or -notin.");
            reader.Advance();

            var values = ParseValues(reader, field);
            var list = op == "IN" || op == "NIN";
            if (!list && values.Count > 1) throw reader.Error($"-{name} takes one value; use -in for a list.", opToken);
            object value = list ? (object)values : values[0];
            if (op == "like" || op == "notlike") return Like(field, op == "notlike", values[0], reader, opToken);
            return Comparison(field, op, value);
        }

        private static IDictionary<string, object> Like(string field, bool negated, object value, TokenReader reader, Token at)
        {
            if (!(value is string text)) throw reader.Error("-like and -notlike compare text: give a quoted pattern such as '*@acme.com'.", at);
            var starts = text.StartsWith("*", StringComparison.Ordinal);
            var ends = text.EndsWith("*", StringComparison.Ordinal) && text.Length > 1;
            var core = text.Trim('*');
            if (core.IndexOfAny(new[] { '*', '?', '[' }) >= 0 || core.Length == 0)
                throw reader.Error($"The pattern '{text}' cannot be searched: Intercom supports '*' only at the start, the end, or both.", at);
            string op;
            if (starts && ends) op = negated ? "!~" : "~";
            else if (negated) op = starts || ends ? null : "!=";
            else op = starts ? "$" : ends ? "^" : "=";
            if (op == null) throw reader.Error("-notlike supports only '*text*' (does not contain) or an exact value.", at);
            return Comparison(field, op, core);
        }

        private static IDictionary<string, object> Comparison(string field, string op, object value) =>
            new Dictionary<string, object> { ["field"] = field, ["operator"] = op, ["value"] = value };

        private static List<object> ParseValues(TokenReader reader, string field)
        {
            var wrapped = !reader.AtEnd && reader.Current.Kind == TokenKind.AtParen;
            if (wrapped) reader.Advance();
            var values = new List<object> { ParseScalar(reader, field) };
            while (!reader.AtEnd && reader.Current.Kind == TokenKind.Comma)
            {
                reader.Advance();
                values.Add(ParseScalar(reader, field));
            }
            if (wrapped)
            {
                if (reader.AtEnd || reader.Current.Kind != TokenKind.RParen) throw reader.Error("Missing ')' after the list of values.");
                reader.Advance();
            }
            return values;
        }

        private static object ParseScalar(TokenReader reader, string field)
        {
            if (reader.AtEnd) throw reader.Error("Expected a value at the end of the filter.");
            var token = reader.Current;
            reader.Advance();
            switch (token)
            {
                case StringToken text when !(token is StringExpandableToken expandable && expandable.NestedTokens != null && expandable.NestedTokens.Count > 0):
                    return AsDateIfDateField(field, text.Value);
                case NumberToken number:
                    return number.Value is int i ? (long)i : number.Value;
                case VariableToken variable when variable.Name.Equals("true", StringComparison.OrdinalIgnoreCase):
                    return true;
                case VariableToken variable when variable.Name.Equals("false", StringComparison.OrdinalIgnoreCase):
                    return false;
                case VariableToken variable when variable.Name.Equals("null", StringComparison.OrdinalIgnoreCase):
                    return null;
                default:
                    if ((token.Kind == TokenKind.Generic || token.Kind == TokenKind.Identifier) && !token.Text.StartsWith("-", StringComparison.Ordinal))
                        return NumberOrText(field, token.Text);
                    throw reader.Error($"'{token.Text}' is not a value: use a quoted string, a number, $true, $false or $null (variables are not expanded).", token);
            }
        }

        private static object NumberOrText(string field, string text) =>
            long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : AsDateIfDateField(field, text);

        private static object AsDateIfDateField(string field, string text)
        {
            var dateField = field.EndsWith("_at", StringComparison.OrdinalIgnoreCase) || field.EndsWith("_since", StringComparison.OrdinalIgnoreCase)
                || field.EndsWith("_until", StringComparison.OrdinalIgnoreCase);
            if (dateField && !long.TryParse(text, out _) &&
                DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                return date.ToUnixTimeSeconds();
            return text;
        }

        private sealed class TokenReader
        {
            private readonly string _text;
            private readonly List<Token> _tokens;
            private int _index;

            public TokenReader(string text, List<Token> tokens)
            {
                _text = text;
                _tokens = tokens;
            }

            public bool AtEnd => _index >= _tokens.Count || _tokens[_index].Kind == TokenKind.EndOfInput;
            public Token Current => _tokens[_index];
            public void Advance() => _index++;

            /// <summary>The operator's name without its dash, whether PowerShell read it as a parameter (-eq) or an operator.</summary>
            public string OperatorName()
            {
                if (AtEnd) return null;
                var token = Current;
                string name;
                if (token is ParameterToken parameter) name = parameter.ParameterName.ToLowerInvariant();
                else if ((token.TokenFlags & TokenFlags.BinaryOperator) != 0) name = token.Text.TrimStart('-').ToLowerInvariant();
                else return null;
                // -ieq / -ceq and friends: Intercom's comparisons have no case switch, so the prefix is dropped.
                var known = name == "and" || name == "or" || Comparisons.ContainsKey(name);
                return !known && name.Length > 2 && (name[0] == 'i' || name[0] == 'c') && Comparisons.ContainsKey(name.Substring(1)) ? name.Substring(1) : name;
            }

            public bool IsOperator(string name) => string.Equals(OperatorName(), name, StringComparison.OrdinalIgnoreCase);

            public FilterException Error(string message, Token at = null)
            {
                var offset = at?.Extent.StartOffset ?? (AtEnd ? _text.Length : Current.Extent.StartOffset);
                return new FilterException(message, _text, offset);
            }
        }
    }

    /// <summary>An invalid -Filter: the message shows the filter with a caret under the offending token.</summary>
    public sealed class FilterException : ArgumentException
    {
        public FilterException(string reason, string filter, int offset)
            : base($"Invalid -Filter at position {offset + 1}: {reason}{Environment.NewLine}  {filter}{Environment.NewLine}  {new string(' ', Math.Max(0, offset))}^")
        {
            Reason = reason;
            Offset = offset;
        }

        public string Reason { get; }
        public int Offset { get; }
    }
}
