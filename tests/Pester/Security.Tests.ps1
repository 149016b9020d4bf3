# Bad input and secrets: ids that try to leave their path segment, and the token, which must never show.
BeforeDiscovery {
    Import-Module (Join-Path $env:INTERCOMPS_MODULE_PATH 'IntercomPS.psd1') -Force
    # Every string parameter that names an id, in every parameter set of every exported cmdlet.
    $script:IdParameters = foreach ($command in Get-Command -Module IntercomPS) {
        foreach ($set in $command.ParameterSets) {
            foreach ($p in $set.Parameters | Where-Object { $_.Name -match 'Id$' -and $_.ParameterType -in [string], [string[]] }) {
                @{ Command = $command.Name; Set = $set.Name; Parameter = $p.Name }
            }
        }
    }
    if (-not $IdParameters) { throw 'No id parameters found: the generated tests would be empty.' }
    $script:BadValues = @('', ' ', '.', '..', '../x', 'a/b', ('x' * 300), "a`tb", 'a?b=c', 'a#b')
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
    $script:Server = Start-TestServer
    Connect-TestServer $Server

    # The mandatory parameters of a parameter set, filled with harmless valid values.
    function Get-Arguments([string] $Command, [string] $Set, [string] $Parameter, $Value) {
        $arguments = @{ $Parameter = $Value }
        $info = (Get-Command $Command).ParameterSets | Where-Object Name -eq $Set
        foreach ($p in $info.Parameters | Where-Object { $_.IsMandatory -and $_.Name -ne $Parameter }) {
            $validValues = ($p.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] }).ValidValues
            $arguments[$p.Name] = switch ($p.ParameterType) {
                { $validValues } { $validValues[0]; break }
                ([switch]) { [switch]$true; break }
                ([bool]) { $true; break }
                ([datetimeoffset]) { [datetimeoffset]::UtcNow.AddDays(-1); break }
                ([int]) { 1; break }
                ([hashtable]) { @{ a = 1 }; break }
                ([System.Collections.IDictionary]) { @{ a = 1 }; break }
                default { 'x1' }
            }
        }
        $arguments
    }
}

AfterAll { Stop-TestServer $Server }

Describe 'Id parameters' {
    It '<Command> -<Parameter> (<Set>) rejects ids that would leave their path segment, before any request' -ForEach $IdParameters {
        foreach ($bad in $BadValues) {
            Clear-FakeRequest $Server
            $arguments = Get-Arguments $Command $Set $Parameter $bad
            if ((Get-Command $Command).Parameters.ContainsKey('Confirm')) { $arguments['Confirm'] = $false }
            $failure = $null
            try { & $Command @arguments -ErrorAction Stop | Out-Null } catch { $failure = $_ }
            $requests = @(Get-FakeRequest $Server)
            if ($failure -and $failure.Exception -is [System.Management.Automation.ParameterBindingException]) {
                $failure.Exception.ParameterName | Should -Be $Parameter
                $requests.Count | Should -Be 0 -Because "'$bad' was refused at binding"
            }
            else {
                # Accepted (a value that goes into a body or a query, not a path): it must not have changed any path.
                foreach ($r in $requests) {
                    $r.path | Should -Not -Match '(^|/)\.\.?(/|$)'
                    $r.path | Should -Not -Be '/'
                    if ($bad -like '*/*') { $r.path | Should -Not -BeLike "*$bad*" }
                }
            }
        }
    }

    It 'a non-ASCII id is sent escaped in its own path segment' {
        Clear-FakeRequest $Server
        Get-IntercomTag -Id 'é1' -ErrorAction SilentlyContinue
        (Get-FakeRequest $Server).path | Should -Be '/tags/é1'
        (Get-FakeRequest $Server).path | Should -HaveCount 1
    }
}

Describe 'The token' {
    BeforeAll {
        $script:Secret = 'tok_Never_Print_Me_0123456789abcdef'
        $script:SecretServer = Start-TestServer @('--token', $Secret)
        $script:Other = Start-TestServer @('--token', 'other')
    }
    AfterAll { Stop-TestServer $SecretServer; Stop-TestServer $Other }

    It 'appears in no output stream and no transcript of a session that connects, lists, fails with 401 and retries' {
        $transcript = Join-Path $TestDrive 'transcript.txt'
        Add-FakeFault $SecretServer @(
            @{ method = 'GET'; path = '/tags'; status = 429; retryAfter = 0; count = 1 }
            @{ method = 'GET'; path = '/admins'; status = 401; count = 1 }
        )
        Start-Transcript -Path $transcript | Out-Null
        try {
            $all = & {
                Connect-Intercom -BaseUri $SecretServer.BaseUri -AccessToken (ConvertTo-SecureString $Secret -AsPlainText -Force) -Verbose -PassThru
                Get-IntercomTag -Verbose -Debug
                try { Get-IntercomAdmin -Verbose -Debug -ErrorAction Stop } catch { $_; $_.Exception.ToString(); $_.Exception.RawBody }
                Get-IntercomSession | Format-List * | Out-String
                Get-IntercomSession | ConvertTo-Json -Depth 3 -WarningAction SilentlyContinue
            } *>&1 | Out-String
        }
        finally { Stop-Transcript | Out-Null }
        $all | Should -Match 'unauthorized' -Because 'the 401 must have happened'
        $all | Should -Match 'waiting 0\.0 s before retry 1' -Because 'the 429 retry must have happened'
        $all | Should -Not -Match $Secret
        Get-Content -Raw $transcript | Should -Not -Match $Secret
    }

    It 'is not sent to another host when a redirect points there' {
        $session = Connect-Intercom -BaseUri $SecretServer.BaseUri -AccessToken (ConvertTo-SecureString $Secret -AsPlainText -Force) -PassThru
        Add-FakeFault $SecretServer @(@{ method = 'GET'; path = '/tags'; redirectTo = "$($Other.BaseUri)/tags"; status = 307 })
        Clear-FakeRequest $Other
        # The other host answers 401 (it got no token), which stops the command.
        { Get-IntercomTag -Session $session -ErrorAction Stop } | Should -Throw '*401*'
        $followed = @(Get-FakeRequest $Other)
        $followed.Count | Should -Be 1 -Because 'the redirect was followed'
        $followed[0].headers.PSObject.Properties.Name | Should -Not -Contain 'Authorization'
        ($followed[0].headers | ConvertTo-Json) | Should -Not -Match $Secret
    }
}
