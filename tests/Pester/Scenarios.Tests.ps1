# What a user does, end to end, against the stateful fake Intercom server (tests/FakeIntercom).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
    $script:Server = Start-TestServer
    $script:Token = 'fake-token'
}

AfterAll { Stop-TestServer $Server }

Describe 'Against the fake Intercom server' {
    BeforeEach {
        Reset-FakeServer $Server
        Connect-TestServer $Server
        Clear-FakeRequest $Server
    }

    Describe 'Tag lifecycle' {
        It 'creates a tag, tags piped companies in batches, lists, untags and deletes it' {
            $tag = New-IntercomTag -Name 'pilot-2026' -Confirm:$false
            $tag.PSObject.TypeNames[0] | Should -Be 'IntercomPS.Tag'
            $tag.Name | Should -Be 'pilot-2026'

            $companies = (Invoke-IntercomRequest POST 'companies/list' -Query @{ per_page = 50 } -ReadOnly).data
            $acme = @($companies | Where-Object name -like 'Acme*')
            $acme.Count | Should -BeGreaterThan 2
            Clear-FakeRequest $Server

            $result = $acme | Select-Object @{ n = 'Id'; e = { $_.id } }, @{ n = 'Name'; e = { $_.name } } |
                Add-IntercomCompanyTag -Name 'pilot-2026' -BatchSize 2 -Confirm:$false
            $posts = @(Get-FakeRequest $Server | Where-Object { $_.method -eq 'POST' -and $_.path -eq '/tags' })
            $posts.Count | Should -Be ([math]::Ceiling($acme.Count / 2))
            $sent = $posts | ForEach-Object { ($_.body | ConvertFrom-Json).companies.id }
            @($sent | Sort-Object) | Should -Be @($acme.id | Sort-Object)
            @($result)[0].Name | Should -Be 'pilot-2026'

            $state = Invoke-RestMethod "$($Server.BaseUri)/_fake/state"
            $tagged = ($state.tags | Where-Object name -eq 'pilot-2026')
            @($tagged.company_ids | Sort-Object) | Should -Be @($acme.id | Sort-Object)

            Get-IntercomTag -Name 'pilot-*' | ForEach-Object Id | Should -Be $tag.Id

            $acme | ForEach-Object { [pscustomobject]@{ Id = $_.id } } | Remove-IntercomCompanyTag -Name 'pilot-2026' -Confirm:$false | Out-Null
            $state = Invoke-RestMethod "$($Server.BaseUri)/_fake/state"
            ($state.tags | Where-Object name -eq "pilot-2026").company_ids | Should -BeNullOrEmpty

            Get-IntercomTag -Id $tag.Id | Remove-IntercomTag -Confirm:$false
            Get-IntercomTag -Name 'pilot-2026' | Should -BeNullOrEmpty
        }

        It 'refusing to delete a tag still in use is an error for that tag only; the next tag is deleted' {
            $used = New-IntercomTag -Name 'in-use' -Confirm:$false
            Add-IntercomCompanyTag -Name 'in-use' -CompanyId 'ext-0001' -Confirm:$false | Out-Null
            $free = New-IntercomTag -Name 'free' -Confirm:$false
            $errors = $null
            $used, $free | Remove-IntercomTag -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be $used.Id
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[0].Exception.RequestId | Should -Not -BeNullOrEmpty
            $errors[0].ToString() | Should -Match 'Request id'
            Get-IntercomTag -Name 'free' | Should -BeNullOrEmpty
            Get-IntercomTag -Name 'in-use' | Should -Not -BeNullOrEmpty
        }

        It 'chains with Where-Object like any PowerShell object' {
            New-IntercomTag -Name 'vip', 'vendor', 'other' -Confirm:$false | Out-Null
            $names = Get-IntercomTag | Where-Object Name -like 'v*' | ForEach-Object Name
            $names | Should -Contain 'vip'
            $names | Should -Contain 'vendor'
            $names | Should -Not -Contain 'other'
        }

        It 'tags contacts, conversations and tickets and lists a contact''s tags' {
            $tag = New-IntercomTag -Name 'followup' -Confirm:$false
            $contact = (Invoke-IntercomRequest GET 'contacts' -Query @{ per_page = 1 }).data[0]
            [pscustomobject]@{ Id = $contact.id } | Add-IntercomContactTag -TagId $tag.Id -Confirm:$false | Out-Null
            (Get-IntercomContactTag -Id $contact.id).Name | Should -Contain 'followup'
            Remove-IntercomContactTag -Id $contact.id -TagId $tag.Id -Confirm:$false | Out-Null
            (Get-IntercomContactTag -Id $contact.id).Name | Should -Not -Contain 'followup'

            Add-IntercomConversationTag -Id 1 -TagId $tag.Id -Confirm:$false | Out-Null
            Remove-IntercomConversationTag -Id 1 -TagId $tag.Id -Confirm:$false | Out-Null
            $delete = Get-FakeRequest $Server | Where-Object { $_.method -eq 'DELETE' -and $_.path -like '/conversations/1/tags/*' }
            ($delete.body | ConvertFrom-Json).admin_id | Should -Be (Get-IntercomSession).Admin.Id
        }
    }

    Describe '-WhatIf' {
        It 'sends no request at all' {
            $tag = New-IntercomTag -Name 'keep' -Confirm:$false
            Clear-FakeRequest $Server
            New-IntercomTag -Name 'nope' -WhatIf
            Remove-IntercomTag -Id $tag.Id -WhatIf
            Rename-IntercomTag -Id $tag.Id -NewName 'x' -WhatIf
            1..5 | ForEach-Object { [pscustomobject]@{ Id = "5f0000000000000000000$($_.ToString('000'))" } } | Add-IntercomCompanyTag -Name keep -WhatIf
            Set-IntercomAdmin -Id 991267001 -AwayModeEnabled $true -WhatIf
            Invoke-IntercomRequest DELETE "tags/$($tag.Id)" -WhatIf
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Sessions' {
        It 'an API cmdlet with no session tells the user to run Connect-Intercom' {
            Disconnect-Intercom
            { Get-IntercomTag -ErrorAction Stop } | Should -Throw -ErrorId 'NotConnected,*'
            try { Get-IntercomTag } catch { $_.Exception.Message | Should -Match 'Connect-Intercom' }
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'keeps two sessions apart with -Session' {
            $other = Start-TestServer @('--token', 'other-token')
            try {
                $second = Connect-Intercom -BaseUri $other.BaseUri -AccessToken (ConvertTo-TestToken 'other-token') -PassThru
                Connect-TestServer $Server
                New-IntercomTag -Name 'only-in-second' -Session $second -Confirm:$false | Out-Null
                Get-IntercomTag -Name 'only-in-second' -Session $second | Should -Not -BeNullOrEmpty
                Get-IntercomTag -Name 'only-in-second' | Should -BeNullOrEmpty
                (Get-IntercomSession).BaseUri | Should -Be ([uri]"$($Server.BaseUri)/")
            }
            finally { Stop-TestServer $other }
        }

        It 'is per runspace: parallel workers do not see it unless passed with -Session' {
            $session = Get-IntercomSession
            $module = Join-Path (Get-TestModulePath) 'IntercomPS.psd1'
            $seen = 1..2 | ForEach-Object -Parallel {
                Import-Module $using:module
                [pscustomobject]@{ Default = [bool](Get-IntercomSession); Tags = @(Get-IntercomTag -Session $using:session).Count }
            }
            $seen.Default | Should -Not -Contain $true
            $seen.Tags | Should -Not -Contain 0
        }

        It 'takes the token from INTERCOM_ACCESS_TOKEN, then INTERCOM_API_KEY' {
            Disconnect-Intercom
            try {
                $env:INTERCOM_ACCESS_TOKEN = $null; $env:INTERCOM_API_KEY = $Token
                Connect-Intercom -BaseUri $Server.BaseUri
                (Get-IntercomSession).Admin.Email | Should -Not -BeNullOrEmpty
                $env:INTERCOM_ACCESS_TOKEN = $Token; $env:INTERCOM_API_KEY = 'wrong'
                Connect-Intercom -BaseUri $Server.BaseUri
                @(Get-IntercomTag).Count | Should -BeGreaterThan 0
            }
            finally { $env:INTERCOM_ACCESS_TOKEN = $null; $env:INTERCOM_API_KEY = $null }
        }

        It 'without any token it fails clearly before sending anything' {
            $env:INTERCOM_ACCESS_TOKEN = $null; $env:INTERCOM_API_KEY = $null
            { Connect-Intercom -BaseUri $Server.BaseUri -ErrorAction Stop } | Should -Throw -ErrorId 'NoAccessToken,*'
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'a bad token fails Connect-Intercom with an AuthenticationError and keeps the previous session' {
            $before = Get-IntercomSession
            $err = $null
            try { Connect-Intercom -BaseUri $Server.BaseUri -AccessToken (ConvertTo-TestToken 'wrong') -ErrorAction Stop } catch { $err = $_ }
            $err.CategoryInfo.Category | Should -Be 'AuthenticationError'
            (Get-IntercomSession) | Should -Be $before
        }

        It 'refuses a non-HTTPS base URI that is not loopback' {
            { Connect-Intercom -BaseUri 'http://intercom.example.com' -AccessToken (ConvertTo-TestToken) -ErrorAction Stop } | Should -Throw '*-BaseUri*HTTPS*'
        }

        It 'shows the session with the token masked and the rate limit seen' {
            Get-IntercomTag | Out-Null
            $session = Get-IntercomSession
            $session.AccessToken | Should -Not -Match $Token
            $session.RateLimit.Limit | Should -Be 10000
            $session.ApiVersion | Should -Be '2.11'
            $session.Workspace.Name | Should -Not -BeNullOrEmpty
        }
    }

    Describe 'Retries and errors' {
        It 'a 429 is waited out and retried, and the user sees only the result' {
            Add-FakeFault $Server @(@{ method = 'GET'; path = '/tags'; status = 429; count = 1; retryAfter = 1 })
            $verbose = Get-IntercomTag -Verbose 4>&1
            $tags = $verbose | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }
            @($tags).Count | Should -BeGreaterThan 0
            ($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -match '^GET http://127\.0\.0\.1:\d+/tags -> 200 OK \(\d+ ms\)$' | Should -Not -BeNullOrEmpty
            @(Get-FakeRequest $Server | Where-Object path -eq '/tags').Count | Should -Be 2
            ($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match 'waiting 1\.0 s before retry 1' }) | Should -Not -BeNullOrEmpty
        }

        It 'a POST answered 500 is not sent again; the error names the item and the next item goes on' {
            Add-FakeFault $Server @(@{ method = 'POST'; path = '/tags'; status = 500; count = 1 })
            $errors = $null
            $created = New-IntercomTag -Name 'first', 'second' -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            @(Get-FakeRequest $Server | Where-Object { $_.method -eq 'POST' -and $_.path -eq '/tags' }).Count | Should -Be 2
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be 'first'
            $errors[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
            $errors[0].Exception.StatusCode | Should -Be 500
            $created.Name | Should -Be 'second'
        }

        It 'a missing object is ObjectNotFound with Intercom''s code as the error id' {
            $err = $null
            Get-IntercomTag -Id 999999 -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -BeLike 'not_found,*'
            $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $err[0].TargetObject | Should -Be '999999'
        }

        It 'bad ids are refused before any request, naming the parameter' -ForEach @('', ' ', 'a/b', '../x', "a`tb", ('x' * 200)) {
            $id = $_
            { Get-IntercomTag -Id $id -ErrorAction Stop } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            try { Get-IntercomTag -Id $id } catch { $_.Exception.ParameterName | Should -Be 'Id' }
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'the token appears in no output stream, even with -Verbose and -Debug' {
            $all = & {
                Get-IntercomTag -Verbose -Debug
                New-IntercomTag -Name 'dbg' -Verbose -Debug -Confirm:$false
                Get-IntercomTag -Id 424242 -Verbose -ErrorAction Continue
                Get-IntercomSession | Format-List | Out-String
            } *>&1 | Out-String
            $all | Should -Not -BeNullOrEmpty
            $all | Should -Not -Match $Token
        }
    }

    Describe 'Admins and subscription types' {
        It 'lists admins, finds the current one, and sets one away' {
            $me = Get-IntercomAdmin -Current
            $me.PSObject.TypeNames[0] | Should -Be 'IntercomPS.AdminWithApp'
            $all = Get-IntercomAdmin
            $all.Id | Should -Contain $me.Id
            $updated = $all | Select-Object -First 1 | Set-IntercomAdmin -AwayModeEnabled $true -Confirm:$false
            $updated.AwayModeEnabled | Should -BeTrue
            (Get-IntercomAdmin -Id $updated.Id).AwayModeEnabled | Should -BeTrue
            Get-IntercomAdminActivityLog -CreatedAfter (Get-Date).AddYears(-5) | Should -Not -BeNullOrEmpty
        }

        It 'lists subscription types and exports them to CSV' {
            $subs = Get-IntercomSubscriptionType
            @($subs).Count | Should -BeGreaterThan 0
            $csv = Join-Path $TestDrive 'subs.csv'
            $subs | Select-Object Id, Name, State, ConsentType, @{ n = 'ContentTypes'; e = { $_.ContentTypes -join ';' } } | Export-Csv $csv -NoTypeInformation
            (Import-Csv $csv).Id | Should -Be $subs.Id
        }

        It 'subscribes and unsubscribes a contact' {
            $contact = (Invoke-IntercomRequest GET 'contacts' -Query @{ per_page = 1 }).data[0]
            $sub = (Get-IntercomSubscriptionType)[0]
            (Add-IntercomContactSubscription -Id $contact.id -SubscriptionTypeId $sub.Id -ConsentType opt_in -Confirm:$false).Id | Should -Be $sub.Id
            (Remove-IntercomContactSubscription -Id $contact.id -SubscriptionTypeId $sub.Id -Confirm:$false).Id | Should -Be $sub.Id
        }
    }

    Describe 'Paging' {
        It 'Invoke-IntercomRequest -All streams every page and Select-Object -First stops the requests' {
            $all = Invoke-IntercomRequest GET 'contacts' -Query @{ per_page = 5 } -All
            @($all).Count | Should -Be 25
            @($all.id | Select-Object -Unique).Count | Should -Be 25
            Clear-FakeRequest $Server
            Invoke-IntercomRequest GET 'contacts' -Query @{ per_page = 5 } -All | Select-Object -First 6 | Out-Null
            @(Get-FakeRequest $Server | Where-Object path -eq '/contacts').Count | Should -Be 2
        }
    }
}
