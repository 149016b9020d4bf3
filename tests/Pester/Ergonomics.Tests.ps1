# The first hour of a user: tab completion, tokens from a vault or a credential, progress, Ctrl+C.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:ModuleManifest = Join-Path (Get-TestModulePath) 'IntercomPS.psd1'
    Import-Module $ModuleManifest -Force
    $script:Server = Start-TestServer
    function Get-Completion([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches
    }
    # A PowerShell instance of its own, so its progress records and Stop() can be observed.
    function New-Instance([string] $Script, [object[]] $Arguments) {
        $ps = [powershell]::Create()
        $null = $ps.AddScript($Script)
        foreach ($a in $Arguments) { $null = $ps.AddArgument($a) }
        $ps
    }
}

AfterAll { Stop-TestServer $Server }

Describe 'With the fake Intercom server' {
    BeforeEach {
        Reset-FakeServer $Server
        Connect-TestServer $Server
    }

    Describe 'Tab completion' {
        It 'completes -Region from its values' {
            (Get-Completion 'Connect-Intercom -Region ').CompletionText | Should -Be @('AU', 'EU', 'US')
        }

        It 'completes tag names live, case-insensitively, and quotes names with spaces' {
            New-IntercomTag -Name 'Big Deal' -Confirm:$false | Out-Null
            (Get-Completion 'Get-IntercomTag -Name v').CompletionText | Should -Be @('VIP')
            (Get-Completion 'Add-IntercomCompanyTag -Name bi').CompletionText | Should -Be @("'Big Deal'")
            (Get-Completion 'Add-IntercomContactTag -Id 1 -TagName *eta').CompletionText | Should -Be @('Beta')
        }

        It 'caches the names per session for a short time' {
            Get-Completion 'Get-IntercomTag -Name P' | Should -Not -BeNullOrEmpty
            Clear-FakeRequest $Server
            Get-Completion 'Get-IntercomTag -Name B' | Should -Not -BeNullOrEmpty
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'completes admin ids with their names as tooltips' {
            $matches_ = Get-Completion 'Add-IntercomConversationTag -Id 1 -TagId 7001 -AdminId 99126700'
            $matches_.CompletionText | Should -Contain '991267002'
            ($matches_ | Where-Object CompletionText -eq '991267001').ToolTip | Should -Match 'Ada Lovelace'
        }

        It 'completes data attribute names, each once' {
            $names = (Get-IntercomDataAttribute).Name | Sort-Object -Unique
            $names | Should -Not -BeNullOrEmpty
            $first = $names[0]
            $completed = (Get-Completion "Get-IntercomDataAttribute -Name $($first.Substring(0, 1))").CompletionText
            $completed | Should -Contain $first
            @($completed).Count | Should -Be @($completed | Select-Object -Unique).Count
        }

        It 'completes nothing, quickly, when not connected' {
            Disconnect-Intercom
            Get-Completion 'Get-IntercomTag -Name V' | Where-Object CompletionText -eq 'VIP' | Should -BeNullOrEmpty
        }
    }

    Describe 'Tokens' {
        BeforeAll {
            $script:VaultModule = Join-Path $TestDrive 'SecretStandIn'
            New-Item -ItemType Directory $VaultModule | Out-Null
            Set-Content (Join-Path $VaultModule 'SecretStandIn.psm1') @'
function Get-Secret {
    param([string] $Name, [string] $Vault)
    if ($Name -eq 'intercom' -and (-not $Vault -or $Vault -eq 'test')) { return (ConvertTo-SecureString 'fake-token' -AsPlainText -Force) }
    throw "Get-Secret: the secret $Name was not found."
}
'@
        }

        It 'reads the token with SecretManagement''s Get-Secret, late-bound' {
            Import-Module (Join-Path $VaultModule 'SecretStandIn.psm1') -Force
            try {
                Connect-Intercom -BaseUri $Server.BaseUri -SecretName intercom -VaultName test
                (Get-IntercomSession).Admin | Should -Not -BeNullOrEmpty
                { Connect-Intercom -BaseUri $Server.BaseUri -SecretName missing -ErrorAction Stop } | Should -Throw -ErrorId 'SecretNotRead,*'
            }
            finally { Remove-Module SecretStandIn }
        }

        It 'says how to install SecretManagement when Get-Secret is missing' {
            Get-Command Get-Secret -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $err = $null
            try { Connect-Intercom -BaseUri $Server.BaseUri -SecretName intercom -ErrorAction Stop } catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -BeLike 'SecretManagementNotInstalled,*'
            $err.Exception.Message | Should -Match 'Install-PSResource Microsoft.PowerShell.SecretManagement'
        }

        It 'takes the token as a PSCredential''s password' {
            Disconnect-Intercom
            $credential = [pscredential]::new('anything', (ConvertTo-TestToken))
            Connect-Intercom -BaseUri $Server.BaseUri -Credential $credential
            @(Get-IntercomTag).Count | Should -BeGreaterThan 0
        }

        It 'refuses two token sources at once' {
            $credential = [pscredential]::new('anything', (ConvertTo-TestToken))
            { Connect-Intercom -BaseUri $Server.BaseUri -Credential $credential -AccessToken (ConvertTo-TestToken) -ErrorAction Stop } | Should -Throw -ErrorId 'TokenSourceConflict,*'
        }
    }

    Describe 'Progress and stopping' {
        It 'shows progress per page of a long listing, of the total when known, and completes it' {
            $ps = New-Instance 'param($m, $s) Import-Module $m; $ProgressPreference = "Continue"; Invoke-IntercomRequest GET contacts -Query @{ per_page = 5 } -All -Session $s | Out-Null' @($ModuleManifest, (Get-IntercomSession))
            try {
                $ps.Invoke() | Out-Null
                $ps.HadErrors | Should -BeFalse
                $records = @($ps.Streams.Progress)
                $records.Count | Should -BeGreaterOrEqual 5
                $records[-1].RecordType | Should -Be 'Completed'
                ($records | Where-Object StatusDescription -match '^25 of 25 items') | Should -Not -BeNullOrEmpty
            }
            finally { $ps.Dispose() }
        }

        It 'draws nothing when $ProgressPreference is SilentlyContinue' {
            $ps = New-Instance 'param($m, $s) Import-Module $m; $ProgressPreference = "SilentlyContinue"; Invoke-IntercomRequest GET contacts -Query @{ per_page = 5 } -All -Session $s | Out-Null' @($ModuleManifest, (Get-IntercomSession))
            try {
                $ps.Invoke() | Out-Null
                @($ps.Streams.Progress).Count | Should -Be 0
            }
            finally { $ps.Dispose() }
        }

        It 'Ctrl+C (Stop) cancels the request in flight' {
            Add-FakeFault $Server @(@{ method = 'GET'; path = '/tags'; delayMs = 20000 })
            $ps = New-Instance 'param($m, $s) Import-Module $m; Get-IntercomTag -Session $s' @($ModuleManifest, (Get-IntercomSession))
            try {
                $async = $ps.BeginInvoke()
                $deadline = [DateTime]::UtcNow.AddSeconds(10)
                while (-not (Get-FakeRequest $Server | Where-Object path -eq '/tags') -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
                $watch = [Diagnostics.Stopwatch]::StartNew()
                $ps.Stop()
                $watch.Elapsed.TotalSeconds | Should -BeLessThan 5
                $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            }
            finally { $ps.Dispose() }
        }
    }
}
