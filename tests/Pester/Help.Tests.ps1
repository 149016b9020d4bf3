#Requires -Version 7.2
# Help quality: every exported cmdlet of the built module has real help (from docs/en-US, converted to MAML by the
# build), no markdown file describes a cmdlet that does not exist, and the about topic is found by Get-Help.
# The module comes from $env:INTERCOMPS_MODULE_PATH (set by tests/Pester/Invoke-PesterSuite.ps1).

BeforeDiscovery {
    if (-not $env:INTERCOMPS_MODULE_PATH) { throw 'Run the tests through ./build.ps1 -Task Test (INTERCOMPS_MODULE_PATH is not set).' }
    $modulePath = $env:INTERCOMPS_MODULE_PATH
    $docsPath = Join-Path $PSScriptRoot '../../docs/en-US'

    # The exported cmdlets, from the built manifest (what Import-Module exposes).
    $manifest = Import-PowerShellDataFile -Path (Join-Path $modulePath 'IntercomPS.psd1')
    $cmdletCases = @($manifest.CmdletsToExport | Sort-Object | ForEach-Object { @{ Name = $_ } })
    $docCases = @(Get-ChildItem -Path $docsPath -Filter '*-*.md' | Sort-Object Name | ForEach-Object { @{ File = $_.Name; Name = $_.BaseName } })
}

BeforeAll {
    $modulePath = $env:INTERCOMPS_MODULE_PATH
    $docsPath = Join-Path $PSScriptRoot '../../docs/en-US'
    Import-Module $modulePath -Force
    $exported = @((Get-Module IntercomPS).ExportedCmdlets.Keys)

    # Parameters every cmdlet gets from PowerShell; their help is PowerShell's, not ours.
    $commonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters +
        [System.Management.Automation.PSCmdlet]::OptionalCommonParameters

    function Get-HelpText($Value) {
        # Get-Help text fields are arrays of objects with a Text property (or plain strings).
        (@($Value) | ForEach-Object { if ($null -ne $_ -and $_.PSObject.Properties['Text']) { $_.Text } else { $_ } }) -join "`n"
    }
}

Describe 'Help of <Name>' -ForEach $cmdletCases {
    BeforeAll {
        $command = Get-Command -Name $Name -Module IntercomPS
        $help = Get-Help -Name $Name -Full -ErrorAction Stop
    }

    It 'is exported by the module' {
        $exported | Should -Contain $Name
    }

    It 'has a markdown source docs/en-US/<Name>.md' {
        Join-Path $docsPath "$Name.md" | Should -Exist
    }

    It 'has a synopsis that is real text, not a placeholder or the syntax' {
        $synopsis = "$($help.Synopsis)".Trim()
        $synopsis | Should -Not -BeNullOrEmpty
        $synopsis | Should -Not -Match '\{\{.*\}\}'
        $synopsis | Should -Not -BeLike "$Name *" -Because 'Get-Help falls back to the syntax when no help is found'
        $synopsis | Should -Not -Match '<CommonParameters>'
        $synopsis.Length | Should -BeGreaterThan 10
    }

    It 'has a description' {
        $description = (Get-HelpText $help.Description).Trim()
        $description | Should -Not -BeNullOrEmpty
        $description | Should -Not -Match '\{\{.*\}\}'
    }

    It 'has at least one example, and every example has code' {
        $examples = @($help.Examples.Example | Where-Object { $_ })
        $examples.Count | Should -BeGreaterThan 0
        foreach ($example in $examples) {
            "$($example.Code)".Trim() | Should -Not -BeNullOrEmpty -Because "example '$($example.Title)' needs code"
        }
    }

    It 'describes every parameter' {
        $documented = @{}
        foreach ($p in @($help.Parameters.Parameter)) {
            if ($p -and $p.Name) { $documented[[string]$p.Name] = (Get-HelpText $p.Description).Trim() }
        }
        $missing = @(
            foreach ($parameter in $command.Parameters.Keys) {
                if ($commonParameters -contains $parameter) { continue }
                if (-not $documented.ContainsKey($parameter)) { "-$parameter (not in the help)" }
                elseif (-not $documented[$parameter] -or $documented[$parameter] -match '\{\{.*\}\}') { "-$parameter (no description)" }
            }
        )
        $missing | Should -BeNullOrEmpty -Because "every parameter of $Name needs a description"
    }

    It 'documents no parameter the cmdlet does not have' {
        $stale = @(
            foreach ($p in @($help.Parameters.Parameter)) {
                if ($p -and $p.Name -and -not $command.Parameters.ContainsKey([string]$p.Name)) { "-$($p.Name)" }
            }
        )
        $stale | Should -BeNullOrEmpty
    }
}

Describe 'Markdown help file <File>' -ForEach $docCases {
    It 'describes an exported cmdlet' {
        $exported | Should -Contain $Name -Because "docs/en-US/$File has no matching cmdlet; remove or rename it"
    }
}

Describe 'about_IntercomPS' {
    It 'has a markdown source docs/en-US/about_IntercomPS.md' {
        Join-Path $docsPath 'about_IntercomPS.md' | Should -Exist
    }

    It 'is found by Get-Help when the module folder''s parent is on PSModulePath' {
        # A fresh pwsh, so that only PSModulePath (not an imported module) can lead Get-Help to the topic.
        $exe = [Environment]::ProcessPath
        $prefix = @()
        if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $prefix = @(Join-Path $PSHOME 'pwsh.dll') } # pwsh run as a dotnet tool
        $parent = Split-Path -Parent (Resolve-Path $modulePath).Path
        $saved = $env:PSModulePath
        try {
            $env:PSModulePath = $parent + [System.IO.Path]::PathSeparator + $saved
            $output = & $exe @prefix -NoProfile -NonInteractive -Command 'Get-Help about_IntercomPS | Out-String -Width 120' 2>&1
        }
        finally {
            $env:PSModulePath = $saved
        }
        $text = ($output | Out-String)
        $LASTEXITCODE | Should -Be 0 -Because $text
        $text | Should -Match 'about_IntercomPS'
        $text | Should -Match 'SHORT DESCRIPTION'
        $text | Should -Match 'Connect-Intercom'
    }
}
