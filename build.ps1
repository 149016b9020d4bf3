#Requires -Version 7.2
<#
.SYNOPSIS
    Builds, tests, documents and demonstrates IntercomPS.
.DESCRIPTION
    Build  (default) restores and builds the solution and lays out an importable module in out/IntercomPS
           (manifest, DLLs, Dependencies/, format file, en-US MAML help and about topic).
    Test   builds, then runs every test: xunit for the client, Pester (in a fresh pwsh) for the module.
           Ends with one line "N passed, M failed[, K skipped]" and a non-zero exit code on any failure.
    Demo   builds, then runs a read-only pipeline against the local fake Intercom server, or against your
           workspace when $env:INTERCOM_ACCESS_TOKEN is set.
    Docs   regenerates docs/api-coverage.md from the cmdlets' operation attributes.
    Package builds, then writes out/packages/IntercomPS.<version>.nupkg, installable with Install-PSResource
           from a local repository (Register-PSResourceRepository -Name local -Uri out/packages -Trusted).
    Bench  builds, then runs the benchmarks (bench/Invoke-Benchmark.ps1) and writes out/bench/results.md.
    Clean  removes out/ and the bin/obj folders.
    Everything it needs comes from NuGet (the PowerShell tool, Pester); nothing from the PowerShell Gallery.
.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Docs', 'Package', 'Bench', 'Clean')]
    [string] $Task = 'Build',
    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$Root = $PSScriptRoot
$Out = Join-Path $Root 'out'
$ModuleOut = Join-Path $Out 'IntercomPS'
Import-Module (Join-Path $Root 'build/BuildSteps.psm1') -Force

try {
    switch ($Task) {
        'Clean' { Clear-BuildOutput -Root $Root }
        'Build' { Build-Module -Root $Root -Destination $ModuleOut -Configuration $Configuration }
        'Docs' {
            Build-Module -Root $Root -Destination $ModuleOut -Configuration $Configuration
            Update-ApiCoverage -Root $Root -ModulePath $ModuleOut
        }
        'Package' {
            Build-Module -Root $Root -Destination $ModuleOut -Configuration $Configuration
            New-ModulePackage -ModulePath $ModuleOut -Destination (Join-Path $Out 'packages') | Out-Null
        }
        'Bench' {
            Build-Module -Root $Root -Destination $ModuleOut -Configuration $Configuration
            Invoke-Benchmark -Root $Root -ModulePath $ModuleOut -Configuration $Configuration
        }
        'Demo' {
            Build-Module -Root $Root -Destination $ModuleOut -Configuration $Configuration
            Invoke-Demo -Root $Root -ModulePath $ModuleOut -Configuration $Configuration
        }
        'Test' {
            Build-Module -Root $Root -Destination $ModuleOut -Configuration $Configuration
            $counts = Invoke-AllTests -Root $Root -ModulePath $ModuleOut -Configuration $Configuration
            $line = '{0} passed, {1} failed' -f $counts.Passed, $counts.Failed
            if ($counts.Skipped) { $line += ', {0} skipped' -f $counts.Skipped }
            Write-Host ''
            Write-Host $line
            if ($counts.Failed -or -not $counts.Passed) { exit 1 }
        }
    }
}
catch {
    Write-Host "build.ps1 -Task $Task failed: $($_.Exception.Message)" -ForegroundColor Red
    if ($_.ScriptStackTrace) { Write-Host $_.ScriptStackTrace }
    exit 1
}
