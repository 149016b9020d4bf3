# The built module as a package: manifest, exports, cmdlet metadata, dependency isolation, API coverage.
BeforeDiscovery {
    # The -ForEach lists below are computed at discovery, so the module must be loaded by then.
    Import-Module (Join-Path $env:INTERCOMPS_MODULE_PATH 'IntercomPS.psd1') -Force
    if (-not (Get-Command -Module IntercomPS)) { throw 'The module exports no command: the generated tests would be empty.' }
    $script:SharedTsv = Join-Path $PSScriptRoot '../../../shared/intercom-openapi/operations.tsv'
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:ModulePath = Get-TestModulePath
    $script:Module = Import-Module (Join-Path $ModulePath 'IntercomPS.psd1') -PassThru -Force
    $script:Cmdlets = Get-Command -Module IntercomPS
    $script:Root = Resolve-Path (Join-Path $PSScriptRoot '../..')
}

Describe 'Manifest' {
    It 'passes Test-ModuleManifest' {
        $manifest = Test-ModuleManifest (Join-Path $ModulePath 'IntercomPS.psd1')
        $manifest.Name | Should -Be 'IntercomPS'
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $manifest.PowerShellVersion | Should -Be ([version]'5.1')
        $manifest.PrivateData.PSData.Tags | Should -Contain 'Intercom'
        $manifest.PrivateData.PSData.LicenseUri | Should -Not -BeNullOrEmpty
        $manifest.PrivateData.PSData.ProjectUri | Should -Not -BeNullOrEmpty
    }

    It 'has the version of Directory.Build.props, stamped into manifest and assembly' {
        $expected = [version](Get-ModuleVersion $Root)
        $Module.Version | Should -Be $expected
        $assemblyVersion = $Module.ImplementingAssembly.GetName().Version
        [version]('{0}.{1}.{2}' -f $assemblyVersion.Major, $assemblyVersion.Minor, $assemblyVersion.Build) | Should -Be $expected
    }

    It 'exports exactly the cmdlets the assembly defines' {
        $defined = $Module.ImplementingAssembly.GetTypes() |
            Where-Object { -not $_.IsAbstract -and $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
            ForEach-Object { $a = $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]; "$($a.VerbName)-$($a.NounName)" }
        $listed = (Import-PowerShellDataFile (Join-Path $Root 'IntercomPS.psd1')).CmdletsToExport
        @($listed | Sort-Object) | Should -Be @($defined | Sort-Object)
        @($Cmdlets.Name | Sort-Object) | Should -Be @($defined | Sort-Object)
    }
}

Describe 'Format views' {
    It 'lists every format file of the module in the manifest' {
        $files = Get-ChildItem (Join-Path $ModulePath 'Formats') -Filter *.Format.ps1xml | ForEach-Object { "Formats/$($_.Name)" }
        $listed = (Import-PowerShellDataFile (Join-Path $ModulePath 'IntercomPS.psd1')).FormatsToProcess
        @($listed | Sort-Object) | Should -Be @($files | Sort-Object)
    }

    It 'has a view for <_>, an output type of the module' -ForEach @(
        Get-Command -Module IntercomPS | ForEach-Object OutputType | ForEach-Object Name |
            Where-Object { $_ -like 'IntercomPS.*' } | Sort-Object -Unique
    ) {
        Get-FormatData -TypeName $_ | Should -Not -BeNullOrEmpty
    }
}

Describe 'Cmdlet conventions' {
    It '<_.Name> uses an approved verb and a singular Intercom noun' -ForEach @(Get-Command -Module IntercomPS) {
        (Get-Verb).Verb | Should -Contain $_.Verb
        $_.Noun | Should -Match '^Intercom'
        $_.Noun | Should -Not -Match 'ss$|[^s]s$'
    }

    It '<_.Name> declares its output type' -ForEach @(Get-Command -Module IntercomPS | Where-Object Name -notin 'Disconnect-Intercom') {
        $_.OutputType | Should -Not -BeNullOrEmpty
    }

    It '<_.Name> supports -WhatIf and -Confirm because it changes data' -ForEach @(Get-Command -Module IntercomPS | Where-Object Verb -in 'Add', 'Remove', 'New', 'Set', 'Rename', 'Invoke') {
        $_.Parameters.Keys | Should -Contain 'WhatIf'
        $_.Parameters.Keys | Should -Contain 'Confirm'
    }

    It 'deletes ask for confirmation by default (ConfirmImpact High)' {
        Get-ConfirmImpact Remove-IntercomTag | Should -Be 'High'
    }

    It '<_.Name> takes -Session' -ForEach @(Get-Command -Module IntercomPS | Where-Object Name -notin 'Connect-Intercom', 'Disconnect-Intercom', 'Get-IntercomSession') {
        $_.Parameters.Keys | Should -Contain 'Session'
    }

    It '<_.Name> binds -Id from the pipeline by property name' -ForEach @(Get-Command -Module IntercomPS | Where-Object { $_.Parameters.ContainsKey('Id') }) {
        $_.Parameters['Id'].Attributes.Where({ $_ -is [System.Management.Automation.ParameterAttribute] }).ValueFromPipelineByPropertyName | Should -Contain $true
    }
}

Describe 'Dependency isolation' {
    It 'keeps third-party assemblies out of the module root' {
        $root = Get-ChildItem $ModulePath -Filter *.dll | ForEach-Object Name
        @($root | Sort-Object) | Should -Be @('IntercomPS.dll', 'IntercomPS.Loader.dll')
        Join-Path $ModulePath 'Dependencies/Newtonsoft.Json.dll' | Should -Exist
    }

    It 'the cmdlet assembly does not reference Newtonsoft.Json or Microsoft.Extensions directly' {
        $references = $Module.ImplementingAssembly.GetReferencedAssemblies().Name
        $references | Should -Not -Contain 'Newtonsoft.Json'
        $references | Where-Object { $_ -like 'Microsoft.Extensions.*' } | Should -BeNullOrEmpty
    }

    It 'works after another Newtonsoft.Json version was loaded first, and uses its own copy' {
        $cache = ((dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', '').Trim()
        $older = Join-Path $cache 'newtonsoft.json/12.0.3/lib/netstandard2.0/Newtonsoft.Json.dll'
        $older | Should -Exist
        $server = Start-TestServer
        try {
            $script = {
                param($Older, $ModulePath, $BaseUri)
                $ErrorActionPreference = 'Stop'
                $loaded = [System.Reflection.Assembly]::LoadFile($Older)
                Import-Module (Join-Path $ModulePath 'IntercomPS.psd1')
                Connect-Intercom -BaseUri $BaseUri -AccessToken (ConvertTo-SecureString 'fake-token' -AsPlainText -Force)
                $tags = @(Get-IntercomTag)
                [pscustomobject]@{
                    Older   = $loaded.GetName().Version.ToString()
                    Tags    = $tags.Count
                    Sources = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Newtonsoft.Json' } | ForEach-Object Location)
                } | ConvertTo-Json -Compress
            }
            $json = Invoke-ChildPwsh -NoProfile -NonInteractive -Command $script -args $older, $ModulePath, $server.BaseUri
            $LASTEXITCODE | Should -Be 0
            $result = $json | ConvertFrom-Json
            $result.Older | Should -Be '12.0.0.0'
            $result.Tags | Should -BeGreaterThan 0
            $result.Sources | Should -Contain (Join-Path $ModulePath 'Dependencies/Newtonsoft.Json.dll')
        }
        finally { Stop-TestServer $server }
    }
}

Describe 'Windows PowerShell 5.1 guard (it cannot run here)' {
    BeforeAll {
        # Reads an assembly's target framework and references without loading it.
        function Get-AssemblyFacts([string] $Path) {
            $stream = [IO.File]::OpenRead($Path)
            try {
                $pe = [System.Reflection.PortableExecutable.PEReader]::new($stream)
                $md = [System.Reflection.Metadata.PEReaderExtensions]::GetMetadataReader($pe)
                $framework = $null
                foreach ($handle in $md.GetAssemblyDefinition().GetCustomAttributes()) {
                    $attribute = $md.GetCustomAttribute($handle)
                    $ctor = $md.GetMemberReference([System.Reflection.Metadata.MemberReferenceHandle]$attribute.Constructor)
                    $type = $md.GetTypeReference([System.Reflection.Metadata.TypeReferenceHandle]$ctor.Parent)
                    if ($md.GetString($type.Name) -eq 'TargetFrameworkAttribute') {
                        $blob = $md.GetBlobReader($attribute.Value)
                        $null = $blob.ReadUInt16()
                        $framework = $blob.ReadSerializedString()
                    }
                }
                $references = foreach ($r in $md.AssemblyReferences) { $md.GetString($md.GetAssemblyReference($r).Name) }
                [pscustomobject]@{ Name = Split-Path $Path -Leaf; Framework = $framework; References = @($references) }
            }
            finally { $stream.Dispose() }
        }
    }

    It '<_> targets netstandard2.0 or .NET Framework, never .NET (Core)' -ForEach @(
        Get-ChildItem $env:INTERCOMPS_MODULE_PATH -Recurse -Filter *.dll | ForEach-Object { $_.FullName.Substring($env:INTERCOMPS_MODULE_PATH.Length + 1) }
    ) {
        $facts = Get-AssemblyFacts (Join-Path $ModulePath $_)
        if ($facts.Framework) { $facts.Framework | Should -Match '^\.NET(Standard,Version=v(1\.\d|2\.0)|Framework,Version=v4\.([0-6](\.\d)?|7(\.[0-2])?))$' }
        $facts.References | Should -Not -Contain 'System.Private.CoreLib'
        $facts.References | Should -Not -Contain 'System.Runtime' -Because 'a netstandard2.0 build references netstandard, not the .NET runtime facades'
    }

    It 'the module''s sources compile against the .NET Framework 4.7.2 reference assemblies' {
        # tests/DesktopCompile builds the same .cs files for net472: an API that 4.7.2 lacks fails it.
        $output = & dotnet build (Join-Path $Root 'tests/DesktopCompile/DesktopCompile.csproj') -c Release -nologo -v quiet 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $output -match ': error ' | Should -BeNullOrEmpty
    }

    It 'the module''s own assemblies are netstandard2.0 builds' {
        foreach ($name in 'IntercomPS.dll', 'IntercomPS.Loader.dll', 'Dependencies/IntercomPS.Client.dll') {
            (Get-AssemblyFacts (Join-Path $ModulePath $name)).Framework | Should -Be '.NETStandard,Version=v2.0'
        }
    }
}

Describe 'API coverage' {
    It 'operations.tsv in the repo is the one of the shared API description' -Skip:(-not (Test-Path $SharedTsv)) {
        Get-Content -Raw (Join-Path $Root 'tests/data/operations.tsv') | Should -BeExactly (Get-Content -Raw (Join-Path $PSScriptRoot '../../../shared/intercom-openapi/operations.tsv'))
    }

    It 'docs/api-coverage.md is what the cmdlets'' operation attributes say (run ./build.ps1 -Task Docs)' {
        $expected = Get-ApiCoverageMarkdown -Root $Root -ModulePath $ModulePath
        Get-Content -Raw (Join-Path $Root 'docs/api-coverage.md') | Should -BeExactly $expected
    }

    It 'every operation of operations.tsv has a Prism conformance case' {
        $conformance = (Get-ChildItem $PSScriptRoot -Filter 'Conformance*.Tests.ps1' | Get-Content -Raw) -join "`n"
        $missing = (Import-Csv -Delimiter "`t" (Join-Path $Root 'tests/data/operations.tsv')).operationId |
            Where-Object { $conformance -notmatch "\b$_\b" }
        $missing | Should -BeNullOrEmpty
    }

    It 'every operation a cmdlet names exists in operations.tsv' {
        $known = (Import-Csv -Delimiter "`t" (Join-Path $Root 'tests/data/operations.tsv')).operationId
        $named = $Module.ImplementingAssembly.GetTypes() | ForEach-Object { $_.GetCustomAttributes($false) } |
            Where-Object { $_.GetType().Name -eq 'IntercomOperationAttribute' } | ForEach-Object OperationId
        $named | Should -Not -BeNullOrEmpty
        $named | Where-Object { $_ -notin $known } | Should -BeNullOrEmpty
    }
}
