# The steps build.ps1 runs. Each fails with a clear message (a thrown error) on any problem.
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

function Invoke-Native {
    param([Parameter(Mandatory)] [string] $What, [Parameter(Mandatory)] [scriptblock] $Command)
    & $Command | Out-Host   # the tool's output is for the reader, never a function's return value
    if ($LASTEXITCODE) { throw "$What failed (exit code $LASTEXITCODE)." }
}

function Get-ModuleVersion([string] $Root) {
    $props = [xml](Get-Content -Raw (Join-Path $Root 'Directory.Build.props'))
    return [string]$props.Project.PropertyGroup.Version
}

function Clear-BuildOutput([string] $Root) {
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $Root 'out')
    Get-ChildItem -Path (Join-Path $Root 'src'), (Join-Path $Root 'tests') -Directory -Recurse -Include bin, obj |
        Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
}

# Lays out out/IntercomPS: the cmdlet assembly, manifest and format file at the top; the client and every
# third-party assembly in Dependencies/ (isolated at import, see src/IntercomPS/Loading); help in en-US/.
function Build-Module {
    param([string] $Root, [string] $Destination, [string] $Configuration)
    $publish = Join-Path $Root "out/obj/publish"
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $publish, $Destination
    Write-Host "Building IntercomPS ($Configuration)..."
    Invoke-Native 'dotnet publish' { dotnet publish (Join-Path $Root 'src/IntercomPS/IntercomPS.csproj') -c $Configuration -o $publish --nologo -v quiet }

    $dependencies = New-Item -ItemType Directory -Force (Join-Path $Destination 'Dependencies')
    $topLevel = 'IntercomPS.dll', 'IntercomPS.Loader.dll'
    Copy-Item ($topLevel | ForEach-Object { Join-Path $publish $_ }) $Destination
    Copy-Item -Recurse (Join-Path $publish 'Formats') $Destination
    Get-ChildItem $publish -Filter *.dll | Where-Object Name -notin $topLevel | Copy-Item -Destination $dependencies
    foreach ($required in 'IntercomPS.Client.dll', 'Newtonsoft.Json.dll', 'Microsoft.Extensions.Http.dll') {
        if (-not (Test-Path (Join-Path $dependencies $required))) { throw "The build did not produce $required." }
    }
    if (Test-Path (Join-Path $dependencies 'System.Management.Automation.dll')) { throw 'System.Management.Automation.dll must not ship with the module.' }

    $version = Get-ModuleVersion $Root
    $manifest = Get-Content -Raw (Join-Path $Root 'IntercomPS.psd1')
    $manifest = $manifest -replace "ModuleVersion(\s*)=(\s*)'[^']*'", "ModuleVersion`$1=`$2'$version'"
    Set-Content -Path (Join-Path $Destination 'IntercomPS.psd1') -Value $manifest -Encoding utf8NoBOM

    Build-Help -Root $Root -Destination $Destination
    Write-Host "Module laid out in $Destination (version $version)."
}

function Build-Help([string] $Root, [string] $Destination) {
    Import-Module (Join-Path $Root 'build/HelpConverter.psm1') -Force
    $docs = Join-Path $Root 'docs/en-US'
    $help = New-Item -ItemType Directory -Force (Join-Path $Destination 'en-US')
    $commands = Get-ChildItem $docs -Filter '*-*.md' | ForEach-Object { ConvertFrom-PlatyPSMarkdown -Path $_.FullName }
    if ($commands) { ConvertTo-MamlHelp -Command $commands -OutputPath (Join-Path $help 'IntercomPS.dll-Help.xml') }
    Get-ChildItem $docs -Filter 'about_*.md' | ForEach-Object {
        Copy-AboutHelp -Path $_.FullName -OutputPath (Join-Path $help ($_.BaseName + '.help.txt'))
    }
}

# out/packages/IntercomPS.<version>.nupkg, made by PowerShell's own PSResourceGet so that
# Install-PSResource accepts it. A throwaway repository registration points at the destination folder.
function New-ModulePackage([string] $ModulePath, [string] $Destination) {
    New-Item -ItemType Directory -Force $Destination | Out-Null
    Import-Module Microsoft.PowerShell.PSResourceGet -ErrorAction Stop
    $name = 'IntercomPS-build-' + [guid]::NewGuid().ToString('n').Substring(0, 8)
    Register-PSResourceRepository -Name $name -Uri (Resolve-Path $Destination).Path -Trusted
    try {
        Publish-PSResource -Path $ModulePath -Repository $name -SkipDependenciesCheck
    }
    finally {
        Unregister-PSResourceRepository -Name $name
    }
    $version = (Import-PowerShellDataFile (Join-Path $ModulePath 'IntercomPS.psd1')).ModuleVersion
    $package = Join-Path $Destination "IntercomPS.$version.nupkg"
    if (-not (Test-Path $package)) { throw "Publish-PSResource did not produce $package." }
    Write-Host "Package: $package"
    return $package
}

# The operation -> cmdlet table, computed from the [IntercomOperation] attributes of the built assembly.
function Get-ApiCoverageMarkdown([string] $Root, [string] $ModulePath) {
    $script = {
        param($ModulePath, $OperationsTsv)
        $module = Import-Module $ModulePath -PassThru
        $owners = @{}
        foreach ($type in $module.ImplementingAssembly.GetTypes()) {
            $cmdlet = $type.GetCustomAttributes($false) | Where-Object { $_.GetType().Name -eq 'CmdletAttribute' }
            if (-not $cmdlet) { continue }
            $name = '{0}-{1}' -f $cmdlet.VerbName, $cmdlet.NounName
            foreach ($op in $type.GetCustomAttributes($false) | Where-Object { $_.GetType().Name -eq 'IntercomOperationAttribute' }) {
                $entry = if ($op.ParameterSet) { "$name ($($op.ParameterSet))" } else { $name }
                if ($op.AlsoCalls) { $entry += ' (variant)' }
                $owners[$op.OperationId] = @($owners[$op.OperationId]) + $entry | Where-Object { $_ }
            }
        }
        $ops = Import-Csv -Delimiter "`t" -Path $OperationsTsv
        $covered = @($ops | Where-Object { $owners.ContainsKey($_.operationId) }).Count
        $unknown = @($owners.Keys | Where-Object { $_ -notin $ops.operationId })
        if ($unknown) { throw "Cmdlets name operations that operations.tsv does not have: $($unknown -join ', ')" }
        $lines = @(
            '# API coverage'
            ''
            "Generated by ``./build.ps1 -Task Docs`` from the cmdlets' operation attributes and ``tests/data/operations.tsv``; a test keeps it true."
            ''
            "**$covered of $($ops.Count) operations have a cmdlet.** (variant) marks a cmdlet that sends a variant of an operation another cmdlet owns."
            ''
            '| Tag | Method | Path | operationId | Cmdlet |'
            '|---|---|---|---|---|'
        )
        foreach ($op in $ops) {
            $cmdlets = if ($owners.ContainsKey($op.operationId)) { ($owners[$op.operationId] | Sort-Object) -join ', ' } else { '—' }
            $lines += "| $($op.tag) | $($op.method) | ``$($op.path)`` | $($op.operationId) | $cmdlets |"
        }
        ($lines -join "`n") + "`n"
    }
    $tsv = Join-Path $Root 'tests/data/operations.tsv'
    $text = Invoke-ChildPwsh -NoProfile -NonInteractive -Command $script -args $ModulePath, $tsv
    if ($LASTEXITCODE) { throw 'Computing the API coverage failed.' }
    return ($text -join "`n") + "`n"
}

function Update-ApiCoverage([string] $Root, [string] $ModulePath) {
    $markdown = Get-ApiCoverageMarkdown -Root $Root -ModulePath $ModulePath
    Set-Content -Path (Join-Path $Root 'docs/api-coverage.md') -Value $markdown -NoNewline -Encoding utf8NoBOM
    Write-Host 'docs/api-coverage.md updated.'
}

# Runs a child pwsh of the same build as this one. As a dotnet tool, pwsh runs as "dotnet pwsh.dll".
function Invoke-ChildPwsh {
    $host_ = (Get-Process -Id $PID).Path
    if ([System.IO.Path]::GetFileNameWithoutExtension($host_) -eq 'dotnet') {
        & $host_ ([Environment]::GetCommandLineArgs()[0]) @args
    }
    else {
        & $host_ @args
    }
}

function Get-PesterModulePath([string] $Root) {
    Invoke-Native 'Restoring Pester from NuGet' { dotnet restore (Join-Path $Root 'build/tools/BuildTools.csproj') --nologo -v quiet }
    $cache = (dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $path = Join-Path $cache.Trim() 'pester/5.7.1/tools/Pester.psd1'
    if (-not (Test-Path $path)) { throw "Pester was restored but $path is missing." }
    return $path
}

function Build-FakeIntercom([string] $Root, [string] $Configuration) {
    $project = Join-Path $Root 'tests/FakeIntercom/FakeIntercom.csproj'
    Invoke-Native 'Building the fake Intercom server' { dotnet build $project -c $Configuration --nologo -v quiet }
    return Join-Path $Root "tests/FakeIntercom/bin/$Configuration/net10.0/FakeIntercom.dll"
}

function Invoke-Demo([string] $Root, [string] $ModulePath, [string] $Configuration) {
    $server = $null
    $connect = @{}
    if ($env:INTERCOM_ACCESS_TOKEN) {
        Write-Host 'INTERCOM_ACCESS_TOKEN is set: the demo reads your workspace (read-only).'
    }
    else {
        $dll = Build-FakeIntercom -Root $Root -Configuration $Configuration
        $server = Start-FakeIntercom -Dll $dll
        $connect = @{ BaseUri = $server.BaseUri; Token = 'fake-token' }
        Write-Host "No INTERCOM_ACCESS_TOKEN: the demo runs against the local fake Intercom server at $($server.BaseUri)."
    }
    try {
        $demo = {
            param($ModulePath, $BaseUri, $Token)
            $ErrorActionPreference = 'Stop'
            Import-Module $ModulePath
            if ($BaseUri) { Connect-Intercom -BaseUri $BaseUri -AccessToken (ConvertTo-SecureString $Token -AsPlainText -Force) }
            else { Connect-Intercom -Region ($env:INTERCOM_REGION ?? 'US') }
            Get-IntercomSession | Format-List Region, BaseUri, ApiVersion, Workspace, Admin, AccessToken | Out-Host
            'Tags whose name starts with a letter from a to m:' | Out-Host
            Get-IntercomTag | Where-Object Name -match '^[a-m]' | Sort-Object Name | Format-Table | Out-Host
            'Subscription types (opt-in ones):' | Out-Host
            Get-IntercomSubscriptionType | Where-Object ConsentType -eq 'opt_in' | Format-Table | Out-Host
            'Admins:' | Out-Host
            Get-IntercomAdmin | Format-Table | Out-Host
        }
        Invoke-ChildPwsh -NoProfile -NonInteractive -Command $demo -args $ModulePath, $connect['BaseUri'], $connect['Token']
        if ($LASTEXITCODE) { throw 'The demo failed.' }
    }
    finally {
        if ($server) { Stop-FakeIntercom $server }
    }
}

function Start-FakeIntercom([string] $Dll, [string[]] $Arguments = @()) {
    $portFile = [System.IO.Path]::GetTempFileName()
    Remove-Item $portFile
    $process = Start-Process -FilePath 'dotnet' -ArgumentList (@($Dll, '--port', '0', '--port-file', $portFile) + $Arguments) -PassThru -RedirectStandardOutput ([System.IO.Path]::GetTempFileName())
    $deadline = [DateTime]::UtcNow.AddSeconds(30)
    while (-not (Test-Path $portFile) -or -not (Get-Content -Raw $portFile)) {
        if ($process.HasExited) { throw "The fake Intercom server exited (code $($process.ExitCode))." }
        if ([DateTime]::UtcNow -gt $deadline) { $process.Kill(); throw 'The fake Intercom server did not start within 30 s.' }
        Start-Sleep -Milliseconds 100
    }
    [pscustomobject]@{ Process = $process; BaseUri = (Get-Content -Raw $portFile).Trim() }
}

function Stop-FakeIntercom($Server) {
    if (-not $Server.Process.HasExited) { $Server.Process.Kill() }
    $Server.Process.WaitForExit()
}

function Invoke-Benchmark([string] $Root, [string] $ModulePath, [string] $Configuration) {
    $fake = Build-FakeIntercom -Root $Root -Configuration $Configuration
    Invoke-Native 'Building the benchmark baseline' { dotnet build (Join-Path $Root 'bench/Baseline/Baseline.csproj') -c $Configuration --nologo -v quiet }
    $baseline = Join-Path $Root "bench/Baseline/bin/$Configuration/net10.0/Baseline.dll"
    & (Join-Path $Root 'bench/Invoke-Benchmark.ps1') -ModulePath $ModulePath -FakeIntercomDll $fake -BaselineDll $baseline -OutputPath (Join-Path $Root 'out/bench/results.md')
}

function Invoke-AllTests([string] $Root, [string] $ModulePath, [string] $Configuration) {
    $results = New-Item -ItemType Directory -Force (Join-Path $Root 'out/test-results')
    $total = [ordered]@{ Passed = 0; Failed = 0; Skipped = 0 }

    Write-Host "`n== xunit: IntercomPS.Client.Tests"
    $xunit = Invoke-XunitTests -Root $Root -Configuration $Configuration -ResultsFolder $results
    Write-Host ('xunit: {0} passed, {1} failed, {2} skipped' -f $xunit.Passed, $xunit.Failed, $xunit.Skipped)

    Write-Host "`n== Pester: tests/Pester (fresh pwsh, built module)"
    $fake = Build-FakeIntercom -Root $Root -Configuration $Configuration
    $pester = Invoke-PesterTests -Root $Root -ModulePath $ModulePath -FakeIntercomDll $fake -ResultsFolder $results
    Write-Host ('Pester: {0} passed, {1} failed, {2} skipped' -f $pester.Passed, $pester.Failed, $pester.Skipped)

    foreach ($suite in $xunit, $pester) { foreach ($k in @($total.Keys)) { $total[$k] += $suite[$k] } }
    return $total
}

function Invoke-XunitTests([string] $Root, [string] $Configuration, $ResultsFolder) {
    $trx = 'xunit.trx'
    Remove-Item -ErrorAction SilentlyContinue (Join-Path $ResultsFolder $trx)
    dotnet test (Join-Path $Root 'tests/IntercomPS.Client.Tests/IntercomPS.Client.Tests.csproj') -c $Configuration --nologo `
        --logger "trx;LogFileName=$trx" --results-directory $ResultsFolder | Out-Host
    $file = Join-Path $ResultsFolder $trx
    if (-not (Test-Path $file)) { throw 'dotnet test wrote no results: the test project did not build or run.' }
    $counters = ([xml](Get-Content -Raw $file)).TestRun.ResultSummary.Counters
    return @{ Passed = [int]$counters.passed; Failed = [int]$counters.failed + [int]$counters.error; Skipped = [int]$counters.notExecuted }
}

function Invoke-PesterTests([string] $Root, [string] $ModulePath, [string] $FakeIntercomDll, $ResultsFolder) {
    $pester = Get-PesterModulePath -Root $Root
    $summary = Join-Path $ResultsFolder 'pester-summary.json'
    Remove-Item -ErrorAction SilentlyContinue $summary
    Invoke-ChildPwsh -NoProfile -NonInteractive -File (Join-Path $Root 'tests/Pester/Invoke-PesterSuite.ps1') `
        -PesterPath $pester -ModulePath $ModulePath -FakeIntercomDll $FakeIntercomDll -SummaryPath $summary | Out-Host
    if (-not (Test-Path $summary)) { throw 'The Pester run wrote no summary: it stopped before running the tests.' }
    $counts = Get-Content -Raw $summary | ConvertFrom-Json
    return @{ Passed = [int]$counts.Passed; Failed = [int]$counts.Failed; Skipped = [int]$counts.Skipped }
}

Export-ModuleMember -Function Invoke-Native, New-ModulePackage, Invoke-Benchmark, Get-ModuleVersion, Clear-BuildOutput, Build-Module, Get-ApiCoverageMarkdown,
    Update-ApiCoverage, Invoke-Demo, Invoke-AllTests, Start-FakeIntercom, Stop-FakeIntercom, Build-FakeIntercom, Invoke-ChildPwsh
