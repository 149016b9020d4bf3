<#
.SYNOPSIS
    The rerunnable benchmarks of IntercomPS against a fast local fake server (tests/FakeIntercom).
    Prints a markdown report and writes it to out/bench/results.md. Run through ./build.ps1 -Task Bench.
.DESCRIPTION
    1. Streaming N contacts (150 per page): IntercomPS (Get-IntercomContact | Measure-Object) against
       (a) a plain C# HttpClient + System.Text.Json loop (bench/Baseline, the ceiling) and (b) the
       Invoke-RestMethod + starting_after loop a user writes today; (c) shows the module's client layer alone
       (the same paging through IntercomPS.Client, no PowerShell). Objects/second and memory.
    2. Import-Module IntercomPS in a fresh pwsh, over a bare pwsh start.
    3. Tagging 10,000 piped companies with Add-IntercomCompanyTag: requests and time.
    4. Updating 2,000 piped contacts (no batch endpoint) with Set-IntercomContact -ThrottleLimit 8 against a
       server that enforces 200 requests per 2-second window: throughput against the allowed rate, 429s seen
       by the server, contacts updated exactly once.
    Each figure is the median of -Runs runs; every run is a fresh process.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $FakeIntercomDll,
    [Parameter(Mandatory)] [string] $BaselineDll,
    [int[]] $Counts = @(10000, 100000, 300000),
    [int] $Runs = 3,
    [ValidateSet('Streaming', 'Import', 'Tagging', 'Bulk')]
    [string[]] $Sections = @('Streaming', 'Import', 'Tagging', 'Bulk'),
    [string] $OutputPath
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '../build/BuildSteps.psm1') -Force
$manifest = Join-Path $ModulePath 'IntercomPS.psd1'

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $sorted[[int][math]::Floor(($sorted.Count - 1) / 2)]
}

# Runs a script in a fresh pwsh; the script's last output line is "<items> <seconds> <peak bytes> <start bytes>".
function Measure-InChild([scriptblock] $Script, [object[]] $Arguments) {
    $line = Invoke-ChildPwsh -NoProfile -NonInteractive -Command $Script -args $Arguments | Select-Object -Last 1
    if ($LASTEXITCODE) { throw "A benchmark run failed: $line" }
    $parts = "$line".Trim() -split '\s+'
    [pscustomobject]@{ Items = [long]$parts[0]; Seconds = [double]$parts[1]; PeakBytes = [long]$parts[2]; StartBytes = [long]($parts[3] ?? 0) }
}

function Measure-Baseline([string] $BaseUri, [long] $Count, [string] $Mode) {
    $line = dotnet $BaselineDll $BaseUri 'fake-token' $Count $Mode
    if ($LASTEXITCODE) { throw "The baseline failed: $line" }
    $parts = "$line".Trim() -split ' '
    [pscustomobject]@{ Items = [long]$parts[0]; Seconds = [double]$parts[1] }
}

$intercomPS = {
    param($Manifest, $BaseUri, $Count)
    $ErrorActionPreference = 'Stop'
    Import-Module $Manifest
    Connect-Intercom -BaseUri $BaseUri -AccessToken (ConvertTo-SecureString 'fake-token' -AsPlainText -Force) -SkipValidation
    [GC]::Collect()
    $process = [Diagnostics.Process]::GetCurrentProcess()
    $start = $process.WorkingSet64
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $count = (Get-IntercomContact -PageSize 150 -First $Count | Measure-Object).Count
    $watch.Stop(); $process.Refresh()
    "$count $($watch.Elapsed.TotalSeconds) $($process.PeakWorkingSet64) $start"
}

$restMethodLoop = {
    param($Manifest, $BaseUri, $Count)
    $ErrorActionPreference = 'Stop'
    $headers = @{ Authorization = 'Bearer fake-token'; 'Intercom-Version' = '2.11' }
    [GC]::Collect()
    $process = [Diagnostics.Process]::GetCurrentProcess()
    $start = $process.WorkingSet64
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $count = & {
        $after = $null; $seen = 0
        do {
            $uri = "$BaseUri/contacts?per_page=150" + $(if ($after) { "&starting_after=$after" })
            $page = Invoke-RestMethod -Uri $uri -Headers $headers
            foreach ($contact in $page.data) { if ($seen++ -lt $Count) { $contact } }
            $after = $page.pages.next.starting_after
        } while ($after -and $seen -lt $Count)
    } | Measure-Object | ForEach-Object Count
    $watch.Stop(); $process.Refresh()
    "$count $($watch.Elapsed.TotalSeconds) $($process.PeakWorkingSet64) $start"
}

$report = [System.Collections.Generic.List[string]]::new()
$report.Add("# IntercomPS benchmark results")
$report.Add('')
$report.Add("Machine: $([Environment]::ProcessorCount) cores, $([math]::Round([GC]::GetGCMemoryInfo().TotalAvailableMemoryBytes / 1GB)) GB; $([System.Runtime.InteropServices.RuntimeInformation]::OSDescription); PowerShell $($PSVersionTable.PSVersion); .NET $([Environment]::Version). Median of $Runs runs, each in a fresh process. $(Get-Date -Format 'yyyy-MM-dd HH:mm') UTC.")
$report.Add('')

# 1. Streaming contacts
if ('Streaming' -in $Sections) {
$server = Start-FakeIntercom -Dll $FakeIntercomDll -Arguments @('--contacts', ($Counts | Measure-Object -Maximum).Maximum)
try {
    $report.Add('## 1. Streaming contacts (150 per page)')
    $report.Add('')
    $report.Add('| contacts | IntercomPS objects/s | C# loop objects/s (a) | ratio to (a) | Invoke-RestMethod loop objects/s (b) | ratio to (b) | IntercomPS.Client alone objects/s (c) | IntercomPS peak working set | growth while streaming |')
    $report.Add('|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
    foreach ($count in $Counts) {
        $ours = 1..$Runs | ForEach-Object { Measure-InChild $intercomPS @($manifest, $server.BaseUri, $count) }
        $ceiling = 1..$Runs | ForEach-Object { Measure-Baseline $server.BaseUri $count }
        $client = 1..$Runs | ForEach-Object { Measure-Baseline $server.BaseUri $count 'client' }
        $irm = if ($count -le 100000) { 1..$Runs | ForEach-Object { Measure-InChild $restMethodLoop @($manifest, $server.BaseUri, $count) } }
        foreach ($set in @($ours) + @($ceiling) + @($client) + @($irm)) { if ($set -and $set.Items -ne $count) { throw "A run read $($set.Items) contacts instead of $count." } }
        $oursRate = $count / (Get-Median $ours.Seconds)
        $ceilingRate = $count / (Get-Median $ceiling.Seconds)
        $irmRate = if ($irm) { $count / (Get-Median $irm.Seconds) }
        $peak = Get-Median $ours.PeakBytes
        $growth = Get-Median ($ours | ForEach-Object { $_.PeakBytes - $_.StartBytes })
        $clientRate = $count / (Get-Median $client.Seconds)
        $report.Add(('| {0:N0} | {1:N0} | {2:N0} | {3:0.00}x | {4} | {5} | {6:N0} | {7:N0} MB | {8:N0} MB |' -f $count, $oursRate, $ceilingRate, ($oursRate / $ceilingRate),
            $(if ($irmRate) { '{0:N0}' -f $irmRate } else { '(skipped: too slow)' }), $(if ($irmRate) { '{0:0.0}x' -f ($oursRate / $irmRate) } else { '' }), $clientRate, ($peak / 1MB), ($growth / 1MB)))
        Write-Host "streamed $count contacts"
    }
    $report.Add('')
}
finally { Stop-FakeIntercom $server }
}

# 2. Import time
if ('Import' -in $Sections) {
# Alternating bare and importing starts, so a busy moment of the machine weighs on both alike.
$bare = [System.Collections.Generic.List[double]]::new(); $import = [System.Collections.Generic.List[double]]::new()
foreach ($i in 1..(2 * $Runs + 1)) {
    $bare.Add((Measure-Command { Invoke-ChildPwsh -NoProfile -NonInteractive -Command 'exit 0' }).TotalMilliseconds)
    $import.Add((Measure-Command { Invoke-ChildPwsh -NoProfile -NonInteractive -Command "Import-Module '$manifest'; exit 0" }).TotalMilliseconds)
}
$report.Add('## 2. Import-Module IntercomPS')
$report.Add('')
$report.Add(('Bare `pwsh -NoProfile` start: {0:N0} ms; with `Import-Module IntercomPS`: {1:N0} ms; the import costs **{2:N0} ms**.' -f (Get-Median $bare), (Get-Median $import), ((Get-Median $import) - (Get-Median $bare))))
$report.Add('')
}

# 3. Tagging 10,000 piped companies
if ('Tagging' -in $Sections) {
$server = Start-FakeIntercom -Dll $FakeIntercomDll -Arguments @('--companies', '10000')
try {
    $tagging = {
        param($Manifest, $BaseUri)
        $ErrorActionPreference = 'Stop'
        Import-Module $Manifest
        Connect-Intercom -BaseUri $BaseUri -AccessToken (ConvertTo-SecureString 'fake-token' -AsPlainText -Force) -SkipValidation
        $companies = @(Get-IntercomCompany -All)
        Invoke-RestMethod -Method Delete -Uri "$BaseUri/_fake/requests" | Out-Null
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $companies | Add-IntercomCompanyTag -Name 'bench' -Confirm:$false | Out-Null
        $watch.Stop()
        $requests = (Invoke-RestMethod -Uri "$BaseUri/_fake/requests").Count
        "$($companies.Count) $($watch.Elapsed.TotalSeconds) $requests 0"
    }
    $tagged = 1..$Runs | ForEach-Object { Measure-InChild $tagging @($manifest, $server.BaseUri) }
    $report.Add('## 3. Tagging 10,000 piped companies')
    $report.Add('')
    $report.Add(('`Get-IntercomCompany -All | Add-IntercomCompanyTag -Name bench`: {0:N0} companies tagged with **{1:N0} requests** in **{2:N2} s**.' -f $tagged[0].Items, $tagged[0].PeakBytes, (Get-Median $tagged.Seconds)))
    $report.Add('')
}
finally { Stop-FakeIntercom $server }
}

# 4. Bulk writes at the rate limit
if ('Bulk' -in $Sections) {
$server = Start-FakeIntercom -Dll $FakeIntercomDll -Arguments @('--contacts', '2000', '--rate-limit', '200', '--rate-window', '2')
try {
    $bulk = {
        param($Manifest, $BaseUri)
        $ErrorActionPreference = 'Stop'
        Import-Module $Manifest
        Connect-Intercom -BaseUri $BaseUri -AccessToken (ConvertTo-SecureString 'fake-token' -AsPlainText -Force) -SkipValidation
        $contacts = @(Get-IntercomContact)
        Start-Sleep -Seconds 2   # start in a fresh window
        Invoke-RestMethod -Method Delete -Uri "$BaseUri/_fake/requests" | Out-Null
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $updated = @($contacts | Set-IntercomContact -Name 'Bench' -ThrottleLimit 8 -Confirm:$false)
        $watch.Stop()
        $log = (Invoke-RestMethod -Uri "$BaseUri/_fake/requests") | Where-Object method -eq 'PUT'
        $throttled = @($log | Where-Object status -eq 429).Count
        $unique = @($log | Where-Object status -eq 200 | ForEach-Object path | Select-Object -Unique).Count
        "$($updated.Count) $($watch.Elapsed.TotalSeconds) $throttled $unique"
    }
    $bulkRuns = 1..$Runs | ForEach-Object { Measure-InChild $bulk @($manifest, $server.BaseUri) }
    $seconds = Get-Median $bulkRuns.Seconds
    $rate = 2000 / $seconds
    $report.Add('## 4. Bulk writes at the rate limit (no batch endpoint)')
    $report.Add('')
    $report.Add(('`Get-IntercomContact | Set-IntercomContact -Name Bench -ThrottleLimit 8`, 2,000 contacts, server allowing 200 requests per 2 s (100/s): {0:N1} updates/s = **{1:P0} of the allowed rate**; 429s answered by the server: **{2}**; contacts updated: {3:N0} (each once: {4}); output objects: {5:N0}.' -f
        $rate, ($rate / 100), ($bulkRuns.PeakBytes | Measure-Object -Maximum).Maximum, $bulkRuns[0].StartBytes, ($bulkRuns[0].StartBytes -eq 2000), $bulkRuns[0].Items))
    $report.Add('')
}
finally { Stop-FakeIntercom $server }
}

$text = $report -join "`n"
Write-Host $text
if ($OutputPath) {
    New-Item -ItemType Directory -Force (Split-Path $OutputPath) | Out-Null
    Set-Content -Path $OutputPath -Value $text -Encoding utf8NoBOM
    Write-Host "Results written to $OutputPath"
}
