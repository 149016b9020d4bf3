using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace IntercomPS.Loading
{
    /// <summary>.NET only (PowerShell 7): the one type that touches AssemblyLoadContext, so Windows PowerShell never loads it.</summary>
    internal static class IsolatedLoader
    {
        private const string BridgeAssembly = "IntercomPS.Client";
        private static DependencyLoadContext _context;

        public static void Register(string dependencyFolder)
        {
            _context = new DependencyLoadContext(dependencyFolder);
            AssemblyLoadContext.Default.Resolving += ResolveBridge;
        }

        // The default context asks only for the bridge; everything the bridge needs is then found by its own context.
        private static Assembly ResolveBridge(AssemblyLoadContext defaultContext, AssemblyName name) =>
            name.Name == BridgeAssembly ? _context.LoadFromAssemblyName(name) : null;

        private sealed class DependencyLoadContext : AssemblyLoadContext
        {
            private readonly string _folder;

            public DependencyLoadContext(string folder) => _folder = folder;

            protected override Assembly Load(AssemblyName name)
            {
                // Parts of .NET itself (System.Memory, System.Buffers, ...) ship in Dependencies/ only for Windows
                // PowerShell; on .NET the runtime's own must be used, or types like Span<T> would exist twice.
                if (File.Exists(Path.Combine(RuntimeFolder, name.Name + ".dll"))) return null;
                var path = Path.Combine(_folder, name.Name + ".dll");
                return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
            }

            private static readonly string RuntimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location);
        }
    }
}
