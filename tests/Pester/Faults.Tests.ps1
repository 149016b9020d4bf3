# Proof under faults: the fake server injects, at a seeded rate, 429s, 5xx, proxy HTML pages, dropped
# connections before and after handling, truncated and malformed JSON, and answers slower than the timeout.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
    $script:Unprocessed = 'Throttle'   # the only fault after which the same POST may legitimately be sent again
}

Describe 'A 10,000-item listing under a 10% fault rate' {
    BeforeAll {
        $script:Clean = Start-TestServer @('--contacts', '10000')
        $script:Chaotic = Start-TestServer @('--contacts', '10000', '--chaos-rate', '0.1', '--chaos-seed', '7')
    }
    AfterAll { Stop-TestServer $Clean; Stop-TestServer $Chaotic }

    It 'returns exactly the 10,000 unique items, in order' {
        $expected = Invoke-IntercomRequest GET contacts -Query @{ per_page = 150 } -All -Session (Connect-TestServer $Clean -PassThru) | ForEach-Object id
        $session = Connect-Intercom -BaseUri $Chaotic.BaseUri -AccessToken (ConvertTo-TestToken) -TimeoutSec 1 -MaximumRetryCount 10 -PassThru
        $ids = Invoke-IntercomRequest GET contacts -Query @{ per_page = 150 } -All -Session $session | ForEach-Object id
        $ids.Count | Should -Be 10000
        @($ids | Select-Object -Unique).Count | Should -Be 10000
        $ids | Should -Be $expected
        $injected = @(Get-FakeRequest $Chaotic | Where-Object chaos)
        $injected.Count | Should -BeGreaterThan 3 -Because 'the faults must really have happened'
        @($injected.chaos | Select-Object -Unique).Count | Should -BeGreaterThan 2
    }
}

Describe 'Changes under a 30% fault rate' {
    BeforeAll {
        $script:Server = Start-TestServer @('--chaos-rate', '0.3', '--chaos-seed', '11')
        $script:Session = Connect-Intercom -BaseUri $Server.BaseUri -AccessToken (ConvertTo-TestToken) -TimeoutSec 1 -MaximumRetryCount 10 -PassThru
        $script:Names = 1..60 | ForEach-Object { 'chaos-{0:00}' -f $_ }
        $errors = $null
        $script:Created = @(New-IntercomTag -Name $Names -Session $Session -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue)
        $script:Errors = @($errors)
        $script:Posts = @(Get-FakeRequest $Server | Where-Object { $_.method -eq 'POST' -and $_.path -eq '/tags' })
    }
    AfterAll { Stop-TestServer $Server }

    It 'never sends a POST again after a 5xx, a dropped connection or a bad answer' {
        foreach ($name in $Names) {
            $sent = @($Posts | Where-Object { ($_.body | ConvertFrom-Json).name -eq $name })
            $sent.Count | Should -BeGreaterThan 0
            $unsafe = [array]::FindIndex([object[]]$sent, [Predicate[object]] { param($r) $r.chaos -and $r.chaos -ne $Unprocessed })
            if ($unsafe -ge 0) { $sent.Count | Should -Be ($unsafe + 1) -Because "$name met $($sent[$unsafe].chaos) and must not be sent again" }
        }
        @($Posts | Where-Object { $_.chaos -and $_.chaos -ne $Unprocessed }).Count | Should -BeGreaterThan 0 -Because 'faults must have hit some POSTs'
    }

    It 'reports each failed item as its own error and carries on with the next' {
        ($Created.Count + $Errors.Count) | Should -Be $Names.Count
        $Errors.Count | Should -BeGreaterThan 0
        @($Errors.TargetObject | Sort-Object) | Should -Be @($Names | Where-Object { $_ -notin $Created.Name } | Sort-Object)
    }

    It 'names the cause of every failure, without .NET stack noise or the token' {
        foreach ($e in $Errors) {
            $text = $e.ToString()
            $text | Should -Match 'Intercom answered \d{3}|failed|timed out|not valid JSON'
            $text | Should -Not -Match '\s+at [\w.]+\(|System\.Net\.Http\.HttpRequestException'
            $text | Should -Not -Match 'fake-token'
            $e.CategoryInfo.Category | Should -BeIn 'ResourceUnavailable', 'ConnectionError', 'InvalidResult', 'NotSpecified'
        }
        ($Errors | Where-Object { $_.Exception.StatusCode -ge 500 -and $_.Exception.ErrorCode }).Exception.RequestId | Should -Not -BeNullOrEmpty
    }
}

Describe 'An answer that is not JSON' {
    BeforeAll {
        $script:Server = Start-TestServer @('--token', 'tok_Very_Secret_0123456789')
        $script:Session = Connect-Intercom -BaseUri $Server.BaseUri -AccessToken (ConvertTo-TestToken 'tok_Very_Secret_0123456789') -PassThru
    }
    AfterAll { Stop-TestServer $Server }

    It 'says the body is not valid JSON and shows a short excerpt, never the token' {
        Add-FakeFault $Server @(@{ method = 'POST'; path = '/tags'; status = 200; body = '<html><body>Login required - proxy</body></html>' })
        $err = $null
        New-IntercomTag -Name 'x' -Session $Session -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'InvalidResponse,*'
        $err[0].ToString() | Should -Match 'not valid JSON.*Body starts: "<html><body>Login required'
        $err[0].ToString() | Should -Not -Match 'tok_Very_Secret'
        @(Get-FakeRequest $Server | Where-Object { $_.method -eq 'POST' }).Count | Should -Be 1
    }
}

Describe 'Pacing by the rate-limit headers' {
    It 'spends a small budget without ever drawing a 429' {
        $server = Start-TestServer @('--rate-limit', '20', '--rate-window', '2')
        try {
            $session = Connect-Intercom -BaseUri $server.BaseUri -AccessToken (ConvertTo-TestToken) -PassThru
            $verbose = 1..45 | ForEach-Object { Get-IntercomTag -Id 7001 -Session $session -Verbose 4>&1 }
            @($verbose | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 45
            $statuses = (Get-FakeRequest $server).status
            $statuses | Should -Not -Contain 429
            ($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Rate limit: the budget of 20 requests*' }) | Should -Not -BeNullOrEmpty
        }
        finally { Stop-TestServer $server }
    }
}
