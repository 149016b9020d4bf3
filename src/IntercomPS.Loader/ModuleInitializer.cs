using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace IntercomPS.Loading
{
    /// <summary>
    /// Keeps the module's dependencies (IntercomPS.Client, Newtonsoft.Json, Microsoft.Extensions.*) from clashing
    /// with other versions that PowerShell or another module has loaded. They live in Dependencies/, which the
    /// default probing never sees. On PowerShell 7 they load into a private AssemblyLoadContext, reached through
    /// IntercomPS.Client only (the "bridge" of the PowerShell docs' article on dependency conflicts). Windows
    /// PowerShell has no load contexts, so there they are resolved from Dependencies/ on demand instead.
    /// This assembly is a nested module imported before IntercomPS.dll: PowerShell inspects the cmdlet types
    /// (whose signatures name client types) before the root module's own initializer would run.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer
    {
        internal static readonly string DependencyFolder =
            Path.Combine(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location), "Dependencies");

        private static readonly bool IsNetFramework =
            RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

        private static bool _registered;

        public void OnImport()
        {
            if (_registered) return;
            _registered = true;
            if (IsNetFramework)
                AppDomain.CurrentDomain.AssemblyResolve += ResolveFromDependencyFolder;
            else
                IsolatedLoader.Register(DependencyFolder);
        }

        private static Assembly ResolveFromDependencyFolder(object sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            var path = Path.Combine(DependencyFolder, name + ".dll");
            return File.Exists(path) ? Assembly.LoadFile(path) : null;
        }
    }
}
