# -ThrottleLimit: concurrent requests for changes that have no batch endpoint, within the rate budget.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
}

Describe 'Concurrent changes' {
    BeforeAll {
        $script:Server = Start-TestServer
        $script:Session = Connect-TestServer $Server -PassThru
        $script:Contacts = (Invoke-IntercomRequest GET contacts -Query @{ per_page = 25 } -Session $Session).data
        $script:Type = (Get-IntercomSubscriptionType -Session $Session)[0].Id
    }
    AfterAll { Stop-TestServer $Server }

    It 'runs up to -ThrottleLimit requests at once and writes results in input order, losing none' {
        Reset-FakeServer $Server
        Add-FakeFault $Server @(@{ method = 'POST'; path = '/contacts/*'; delayMs = 300; count = 25 })
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $results = $Contacts | ForEach-Object { [pscustomobject]@{ Id = $_.id } } |
            Add-IntercomContactSubscription -SubscriptionTypeId $Type -ConsentType opt_in -ThrottleLimit 5 -Session $Session -Confirm:$false
        $watch.Stop()
        @($results).Count | Should -Be 25
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 4 -Because 'sequentially 25 x 300 ms would take 7.5 s'
        $posted = (Get-FakeRequest $Server | Where-Object method -eq 'POST').path | ForEach-Object { $_.Split('/')[2] }
        @($posted | Sort-Object) | Should -Be @($Contacts.id | Sort-Object)
        @($posted | Select-Object -Unique).Count | Should -Be 25
    }

    It 'reports a failing item in its place and goes on' {
        Reset-FakeServer $Server
        $ids = @($Contacts[0].id, 'no-such-contact', $Contacts[1].id)
        $errors = $null
        $results = $ids | ForEach-Object { [pscustomobject]@{ Id = $_ } } |
            Add-IntercomContactSubscription -SubscriptionTypeId $Type -ConsentType opt_in -ThrottleLimit 3 -Session $Session -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
        @($results).Count | Should -Be 2
        $errors.Count | Should -Be 1
        $errors[0].TargetObject | Should -Be 'no-such-contact'
    }

    It 'never draws a 429 from a server that enforces its rate limit' {
        $limited = Start-TestServer @('--rate-limit', '10', '--rate-window', '2')
        try {
            $session = Connect-Intercom -BaseUri $limited.BaseUri -AccessToken (ConvertTo-TestToken) -PassThru
            $contacts = (Invoke-IntercomRequest GET contacts -Query @{ per_page = 25 } -Session $session).data
            $results = $contacts | ForEach-Object { [pscustomobject]@{ Id = $_.id } } |
                Add-IntercomContactSubscription -SubscriptionTypeId $Type -ConsentType opt_in -ThrottleLimit 8 -Session $session -Confirm:$false
            @($results).Count | Should -Be 25
            (Get-FakeRequest $limited).status | Should -Not -Contain 429
        }
        finally { Stop-TestServer $limited }
    }
}
