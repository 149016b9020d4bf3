# Shared by the Pester test files: the built module, the fake Intercom server, and what it recorded.
Set-StrictMode -Version 3.0
Import-Module (Join-Path $PSScriptRoot '../../build/BuildSteps.psm1') -Force -Global

function Get-TestModulePath {
    if (-not $env:INTERCOMPS_MODULE_PATH) { throw 'Run the tests through ./build.ps1 -Task Test (INTERCOMPS_MODULE_PATH is not set).' }
    return $env:INTERCOMPS_MODULE_PATH
}

function Start-TestServer([string[]] $Arguments = @()) {
    if (-not $env:INTERCOMPS_FAKE_DLL) { throw 'Run the tests through ./build.ps1 -Task Test (INTERCOMPS_FAKE_DLL is not set).' }
    Start-FakeIntercom -Dll $env:INTERCOMPS_FAKE_DLL -Arguments $Arguments
}

function Stop-TestServer($Server) { if ($Server) { Stop-FakeIntercom $Server } }

function ConvertTo-TestToken([string] $Token = 'fake-token') { ConvertTo-SecureString $Token -AsPlainText -Force }

function Connect-TestServer($Server, [string] $Token = 'fake-token', [switch] $PassThru) {
    Connect-Intercom -BaseUri $Server.BaseUri -AccessToken (ConvertTo-TestToken $Token) -PassThru:$PassThru
}

function Get-FakeRequest($Server) {
    $recorded = Invoke-RestMethod -Uri "$($Server.BaseUri)/_fake/requests"
    $recorded | Where-Object { $_ }   # unrolls the JSON array into one object per request
}

function Clear-FakeRequest($Server) { Invoke-RestMethod -Method Delete -Uri "$($Server.BaseUri)/_fake/requests" | Out-Null }

function Reset-FakeServer($Server) { Invoke-RestMethod -Method Post -Uri "$($Server.BaseUri)/_fake/reset" | Out-Null }

function Add-FakeFault($Server, [object[]] $Rules) {
    Invoke-RestMethod -Method Post -Uri "$($Server.BaseUri)/_fake/faults" -ContentType 'application/json' -Body (ConvertTo-Json -InputObject @($Rules) -Depth 5) | Out-Null
}

# Prism serving the official API description (../shared/tools/intercom-mock), for conformance tests.
# Each checkout may pick its own port with $env:INTERCOMPS_PRISM_PORT so parallel runs do not collide.
function Get-MockScript { Join-Path $PSScriptRoot '../../../shared/tools/intercom-mock' }

function Test-MockAvailable { Test-Path (Get-MockScript) }

function Get-TestPrismPort { if ($env:INTERCOMPS_PRISM_PORT) { $env:INTERCOMPS_PRISM_PORT } else { '4010' } }

function Start-TestPrism {
    $url = & bash (Get-MockScript) start --port (Get-TestPrismPort) 2>$null
    if ($LASTEXITCODE -ne 0) { throw "intercom-mock start failed (exit $LASTEXITCODE)" }
    return $url
}

# Starts Prism, imports the built module and makes Prism the default session; returns Prism's URL.
function Connect-TestPrism {
    $url = Start-TestPrism
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force -Global
    Connect-Intercom -BaseUri $url -AccessToken (ConvertTo-TestToken 'prism-token')
    return $url
}

function Stop-TestPrism {
    & bash (Get-MockScript) stop --port (Get-TestPrismPort) 2>$null
}

# The check of every conformance case: what a cmdlet made of Prism's example answer, passed as @(...) so that no
# output stays an empty list. -Empty: the example is an empty list, so nothing comes out; no -Type: the operation
# answers nothing; else objects of -Type with a -Key (Id unless given).
function Assert-ConformantOutput([object[]] $Output, [string] $Type, [switch] $Empty, [string] $Key) {
    if (-not $Key) { $Key = 'Id' }
    if ($Empty) {
        @($Output).Count | Should -Be 0 -Because "the description's example is an empty list"
        return
    }
    if (-not $Type) {
        $Output | Should -BeNullOrEmpty
        return
    }
    @($Output).Count | Should -BeGreaterThan 0
    @($Output) | ForEach-Object { $_.PSObject.TypeNames[0] | Should -Be $Type }
    @($Output)[0].$Key | Should -Not -BeNullOrEmpty
}

# The ConfirmImpact a cmdlet declares (whether -Confirm is asked by default).
function Get-ConfirmImpact([string] $Name) {
    (Get-Command $Name).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact
}

Export-ModuleMember -Function *
