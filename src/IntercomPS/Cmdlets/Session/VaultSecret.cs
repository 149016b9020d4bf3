using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Text;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Reads a token through SecretManagement's Get-Secret, late-bound (as PSResourceGet does): no
    /// compile-time dependency, and a clear error when the module is not installed.
    /// </summary>
    internal static class VaultSecret
    {
        private const string Script = "param($Name, $Vault) if ($Vault) { Get-Secret -Name $Name -Vault $Vault -ErrorAction Stop } else { Get-Secret -Name $Name -ErrorAction Stop }";

        public static SecureString Read(ConnectIntercomCommand cmdlet, string secretName, string vaultName)
        {
            if (cmdlet.InvokeCommand.GetCommand("Get-Secret", CommandTypes.Cmdlet | CommandTypes.Function) == null)
            {
                cmdlet.Fail("-SecretName needs the SecretManagement module, which is not installed. Install it with: Install-PSResource Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore; then Register-SecretVault and Set-Secret -Name <name> -Secret <token>.",
                    "SecretManagementNotInstalled", ErrorCategory.NotInstalled);
            }
            Collection<PSObject> result = null;
            try
            {
                result = cmdlet.InvokeCommand.InvokeScript(false, ScriptBlock.Create(Script), null, secretName, vaultName);
            }
            catch (RuntimeException ex)
            {
                cmdlet.Fail($"Get-Secret could not read secret '{secretName}'{(vaultName == null ? "" : $" from vault '{vaultName}'")}: {ex.Message}", "SecretNotRead", ErrorCategory.ReadError);
            }
            var value = result?.FirstOrDefault()?.BaseObject;
            switch (value)
            {
                case SecureString secure when secure.Length > 0: return secure;
                case PSCredential credential when credential.Password.Length > 0: return credential.Password;
                case string text when text.Length > 0: return ConnectIntercomCommand.ToSecureString(text);
                case byte[] bytes when bytes.Length > 0: return ConnectIntercomCommand.ToSecureString(Encoding.UTF8.GetString(bytes));
                default:
                    cmdlet.Fail($"Secret '{secretName}' holds no token (it is empty or a {value?.GetType().Name ?? "null"}); store the token as a string or SecureString.", "SecretNotAToken");
                    return null;
            }
        }
    }
}
