# What a user does with companies and segments, end to end, against the stateful fake Intercom server.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
    $script:Server = Start-TestServer

    # The requests of one kind the fake recorded, e.g. Get-SentRequest PUT '/companies/*'.
    function Get-SentRequest([string] $Method, [string] $PathLike) {
        @(Get-FakeRequest $Server | Where-Object { $_.method -eq $Method -and $_.path -like $PathLike })
    }

    function Get-SentBody([string] $Method, [string] $PathLike) {
        Get-SentRequest $Method $PathLike | ForEach-Object { $_.body | ConvertFrom-Json -AsHashtable }
    }
}

AfterAll { Stop-TestServer $Server }

Describe 'Companies against the fake Intercom server' {
    BeforeEach {
        Reset-FakeServer $Server
        Connect-TestServer $Server
        Clear-FakeRequest $Server
    }

    Describe 'Finding companies' {
        It 'a literal -Name is one look-up; a pattern filters the list on the client' {
            $one = Get-IntercomCompany -Name 'globex 0002'
            $one.PSObject.TypeNames[0] | Should -Be 'IntercomPS.Company'
            $one.Name | Should -Be 'Globex 0002'
            (Get-SentRequest GET '/companies').query | Should -Be 'name=globex%200002'

            Clear-FakeRequest $Server
            $acme = Get-IntercomCompany -Name 'Acme*'
            $acme.Name | Should -Be @('Acme 0021', 'Acme 0016', 'Acme 0011', 'Acme 0006', 'Acme 0001')
            @(Get-FakeRequest $Server).path | Sort-Object -Unique | Should -Be '/companies/list'
        }

        It 'by Intercom id, external company_id, tag and segment' {
            $byExternal = Get-IntercomCompany -CompanyId 'ext-0003'
            $byExternal.Name | Should -Be 'Initech 0003'
            (Get-IntercomCompany -Id $byExternal.Id).CompanyId | Should -Be 'ext-0003'

            $vip = Get-IntercomTag -Name 'VIP'
            (Get-IntercomCompany -TagId $vip.Id).CompanyId | Should -Be @('ext-0001', 'ext-0002')

            $segment = Get-IntercomSegment | Where-Object Name -eq 'Enterprise companies'
            $members = Get-IntercomCompany -SegmentId $segment.Id
            @($members).Count | Should -BeGreaterThan 0
            $members | ForEach-Object { $_.Plan['name'] | Should -Be 'Enterprise' }
            $members | Select-Object -First 1 | Get-IntercomCompanySegment | ForEach-Object Id | Should -Be $segment.Id
        }

        It 'a missing company is an ObjectNotFound error for that one only; the others are still read' {
            $errors = $null
            $found = Get-IntercomCompany -CompanyId 'ext-0001', 'no-such-company', 'ext-0002' -ErrorVariable errors -ErrorAction SilentlyContinue
            $found.CompanyId | Should -Be @('ext-0001', 'ext-0002')
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be 'no-such-company'
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'company_not_found,*'
        }

        It 'the external CompanyId of a piped object is never taken for an Intercom id' {
            { [pscustomobject]@{ CompanyId = 'ext-0001' } | Get-IntercomCompany -ErrorAction Stop } | Should -Throw
            { [pscustomobject]@{ CompanyId = 'ext-0001' } | Get-IntercomCompanyContact -ErrorAction Stop } | Should -Throw
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Pipelines across resources' {
        It 'company -> its contacts -> tag them, all by Intercom id' {
            $company = Get-IntercomCompany -Name 'Acme 0001'
            Clear-FakeRequest $Server
            $contacts = Get-IntercomCompany -Name 'Acme 0001' | Get-IntercomCompanyContact
            $contacts | ForEach-Object { $_.PSObject.TypeNames[0] | Should -Be 'IntercomPS.Contact' }
            (Get-SentRequest GET '/companies/*/contacts').path | Should -Be "/companies/$($company.Id)/contacts"

            $contacts | Add-IntercomContactTag -TagName 'vip-contact' -Confirm:$false | Out-Null
            $state = Invoke-RestMethod "$($Server.BaseUri)/_fake/state"
            @(($state.tags | Where-Object name -eq 'vip-contact').contact_ids) | Should -Be @($contacts.Id)
        }

        It 'companies piped to Add-IntercomCompanyTag are tagged by their Id' {
            $acme = Get-IntercomCompany -Name 'Acme*'
            $acme | Add-IntercomCompanyTag -Name 'acme-family' -Confirm:$false | Out-Null
            $state = Invoke-RestMethod "$($Server.BaseUri)/_fake/state"
            @(($state.tags | Where-Object name -eq 'acme-family').company_ids | Sort-Object) | Should -Be @($acme.Id | Sort-Object)
            (Get-IntercomCompany -Id $acme[0].Id).Tags.Name | Should -Contain 'acme-family'
        }
    }

    Describe 'Paging' {
        It 'streams the list page by page; Select-Object -First stops the requests' {
            $all = Get-IntercomCompany -PageSize 5 -Order asc
            $all.CompanyId | Should -Be (1..25 | ForEach-Object { 'ext-{0:D4}' -f $_ })
            (Get-SentRequest POST '/companies/list').Count | Should -Be 5

            Clear-FakeRequest $Server
            Get-IntercomCompany -PageSize 5 | Select-Object -First 7 | Out-Null
            (Get-SentRequest POST '/companies/list').query | Should -Be @('page=1&per_page=5', 'page=2&per_page=5')
        }

        It '-First, -Skip and -IncludeTotalCount work on the list' {
            $page = Get-IntercomCompany -PageSize 10 -Skip 3 -First 4 -IncludeTotalCount
            $page[0].ToString() | Should -Match '25'
            ($page | Select-Object -Skip 1).CompanyId | Should -Be @('ext-0022', 'ext-0021', 'ext-0020', 'ext-0019')
        }

        It 'lists the contacts of a company page by page' {
            $big = Start-TestServer @('--companies', '2', '--contacts', '23')
            try {
                $session = Connect-Intercom -BaseUri $big.BaseUri -AccessToken (ConvertTo-TestToken) -PassThru
                $contacts = Get-IntercomCompany -CompanyId 'ext-0001' -Session $session | Get-IntercomCompanyContact -PageSize 5 -Session $session
                @($contacts).Count | Should -Be 12
                @($contacts.Id | Select-Object -Unique).Count | Should -Be 12
            }
            finally { Stop-TestServer $big }
        }
    }

    Describe 'Scrolling over every company (-All)' {
        BeforeAll {
            $script:Big = Start-TestServer @('--companies', '12000', '--contacts', '0')
            $script:BigSession = Connect-Intercom -BaseUri $Big.BaseUri -AccessToken (ConvertTo-TestToken) -PassThru
        }
        AfterAll { Stop-TestServer $Big }
        BeforeEach { Reset-FakeServer $Big }

        It 'counts 12,000 companies with constant memory, in one scroll of 50-company pages' {
            $memory = @{}
            $count = 0
            Get-IntercomCompany -All -Session $BigSession | ForEach-Object {
                $count++
                if ($count -in 1000, 11000) { $memory[$count] = [GC]::GetTotalMemory($true) }
            }
            $count | Should -Be 12000
            ($memory[11000] - $memory[1000]) | Should -BeLessThan 5MB -Because 'pages are streamed, not collected'
            $scrolls = @(Get-FakeRequest $Big | Where-Object path -eq '/companies/scroll')
            $scrolls.Count | Should -Be 241
            $scrolls[0].query | Should -BeNullOrEmpty
            $scrolls[1].query | Should -Match '^scroll_param='
            Get-IntercomCompany -All -First 1 -Session $BigSession | Should -Not -BeNullOrEmpty -Because 'a finished scroll frees the workspace for the next'
        }

        It 'an abandoned scroll holds the workspace: a second one fails with Intercom''s "scroll already exists"' {
            Get-IntercomCompany -All -Session $BigSession | Select-Object -First 60 | Out-Null
            @(Get-FakeRequest $Big | Where-Object path -eq '/companies/scroll').Count | Should -Be 2

            $err = $null
            try { Get-IntercomCompany -All -Session $BigSession -ErrorAction Stop | Out-Null } catch { $err = $_ }
            $err | Should -Not -BeNullOrEmpty
            $err.Exception.Message | Should -Match 'scroll already exists'
            $err.Exception.StatusCode | Should -Be 400
        }
    }

    Describe 'Creating and changing companies' {
        It 'Set-IntercomCompany -CompanyId creates a company when none has it, sending only the bound fields' {
            $created = Set-IntercomCompany -CompanyId 'new-001' -Name 'Newco' -CustomAttribute @{ seats = 4; tier = 'gold' } -Confirm:$false
            $created.CompanyId | Should -Be 'new-001'
            $created.Id | Should -Not -BeNullOrEmpty
            $body = Get-SentBody POST '/companies'
            @($body.Keys | Sort-Object) | Should -Be @('company_id', 'custom_attributes', 'name')
            $body.custom_attributes.seats | Should -Be 4

            $updated = Set-IntercomCompany -CompanyId 'new-001' -Plan 'Pro' -RemoteCreatedAt ([datetimeoffset]'2020-01-01Z') -Confirm:$false
            $updated.Id | Should -Be $created.Id
            $updated.Name | Should -Be 'Newco'
            $updated.Plan['name'] | Should -Be 'Pro'
            $updated.RemoteCreatedAt | Should -Be ([datetimeoffset]'2020-01-01Z')
            (Get-SentBody POST '/companies')[1].remote_created_at | Should -Be 1577836800
            (Get-IntercomCompany -Name 'Newco').Id | Should -Be $created.Id
        }

        It 'piped companies are updated by Id with PUT, each with only the bound fields and no company_id' {
            $acme = Get-IntercomCompany -Name 'Acme*' | Select-Object -First 2
            $updated = $acme | Set-IntercomCompany -Industry 'Retail' -Website $null -Confirm:$false
            $updated.Industry | Should -Be @('Retail', 'Retail')
            $updated | ForEach-Object { $_.Website | Should -BeNullOrEmpty }
            (Get-SentRequest PUT '/companies/*').path | Should -Be @($acme.Id | ForEach-Object { "/companies/$_" })
            foreach ($body in Get-SentBody PUT '/companies/*') {
                @($body.Keys | Sort-Object) | Should -Be @('industry', 'website')
                $body.industry | Should -Be 'Retail'
                $body.website | Should -BeNullOrEmpty
            }
            (Get-IntercomCompany -Id $acme[0].Id).Name | Should -Be $acme[0].Name
        }

        It 'an update that fails for one company does not stop the next' {
            $errors = $null
            $acme = Get-IntercomCompany -Name 'Acme 0001'
            $updated = Set-IntercomCompany -Id '65920080ffffffffffffffff', $acme.Id -Size 12 -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            $updated.Id | Should -Be $acme.Id
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be '65920080ffffffffffffffff'
        }

        It 'deletes companies, asking first; an unknown id is an error for it alone' {
            Get-ConfirmImpact Remove-IntercomCompany | Should -Be 'High'
            $doomed = Get-IntercomCompany -Name 'Hooli 0005'
            $errors = $null
            $deleted = Remove-IntercomCompany -Id '65920080ffffffffffffffff', $doomed.Id -PassThru -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            $deleted.PSObject.TypeNames[0] | Should -Be 'IntercomPS.DeletedObject'
            $deleted.Id | Should -Be $doomed.Id
            $deleted.Deleted | Should -BeTrue
            $errors.Count | Should -Be 1
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'

            Get-IntercomCompany | ForEach-Object Id | Should -Not -Contain $doomed.Id
            Get-IntercomCompany -Id $doomed.Id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $doomed | Remove-IntercomCompany -Confirm:$false -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        }

        It 'attaches and detaches contacts, one request per contact; a bad contact does not stop the others' {
            $company = Get-IntercomCompany -Name 'Acme 0001'
            $others = @(Get-IntercomCompany -Name 'Globex 0002'; Get-IntercomCompany -Name 'Initech 0003') | Get-IntercomCompanyContact
            $errors = $null
            $result = $company | Add-IntercomCompanyContact -ContactId '659200810000000000ffffff', $others[0].Id, $others[1].Id -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be '659200810000000000ffffff'
            @($result)[-1].UserCount | Should -Be 3
            (Get-SentBody POST '/contacts/*/companies').id | Sort-Object -Unique | Should -Be $company.Id

            (Get-IntercomCompanyContact -Id $company.Id).Id | Should -Contain $others[1].Id
            Remove-IntercomCompanyContact -Id $company.Id -ContactId $others[1].Id -Confirm:$false | Out-Null
            (Get-IntercomCompanyContact -Id $company.Id).Id | Should -Not -Contain $others[1].Id
            (Get-SentRequest DELETE '/contacts/*').path | Should -Be "/contacts/$($others[1].Id)/companies/$($company.Id)"
        }
    }

    Describe 'Bad input is refused before any request' {
        It '<Name>' -ForEach @(
            @{ Name = 'Set-IntercomCompany -Id with nothing to change'; Parameter = $null; Call = { Set-IntercomCompany -Id '65920080c04a5a1c00000000' -Confirm:$false -ErrorAction Stop } }
            @{ Name = 'a custom attribute that is not a plain value'; Parameter = 'CustomAttribute'; Call = { Set-IntercomCompany -CompanyId 'x' -CustomAttribute @{ nested = @{ a = 1 } } -Confirm:$false -ErrorAction Stop } }
            @{ Name = 'a page size above the maximum of 60'; Parameter = 'PageSize'; Call = { Get-IntercomCompany -PageSize 61 -ErrorAction Stop } }
            @{ Name = 'a negative size'; Parameter = 'Size'; Call = { Set-IntercomCompany -CompanyId 'x' -Size -1 -Confirm:$false -ErrorAction Stop } }
            @{ Name = 'an order that is not asc or desc'; Parameter = 'Order'; Call = { Get-IntercomCompany -Order 'newest' -ErrorAction Stop } }
            @{ Name = 'a company id with a slash'; Parameter = 'Id'; Call = { Remove-IntercomCompany -Id 'a/b' -Confirm:$false -ErrorAction Stop } }
            @{ Name = 'a contact id with whitespace'; Parameter = 'ContactId'; Call = { Add-IntercomCompanyContact -Id '65920080c04a5a1c00000000' -ContactId 'a b' -Confirm:$false -ErrorAction Stop } }
        ) {
            $err = $null
            try { & $Call } catch { $err = $_ }
            $err | Should -Not -BeNullOrEmpty
            if ($Parameter) { $err.ToString() | Should -Match $Parameter }
            else { $err.FullyQualifiedErrorId | Should -BeLike 'NothingToChange,*' }
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe '-WhatIf' {
        It 'sends no request at all' {
            $acme = Get-IntercomCompany -Name 'Acme 0001'
            $contact = ($acme | Get-IntercomCompanyContact)[0]
            Clear-FakeRequest $Server
            Set-IntercomCompany -CompanyId 'whatif-1' -Name 'Nope' -WhatIf
            $acme | Set-IntercomCompany -Name 'Nope' -WhatIf
            $acme | Remove-IntercomCompany -WhatIf
            $acme | Add-IntercomCompanyContact -ContactId $contact.Id -WhatIf
            $acme | Remove-IntercomCompanyContact -ContactId $contact.Id -WhatIf
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Segments' {
        It 'lists segments, with their counts when asked, and reads them by id' {
            $plain = Get-IntercomSegment
            $plain.Name | Should -Be @('Active users', 'Leads', 'Enterprise companies')
            $plain | ForEach-Object { $_.Count | Should -BeNullOrEmpty }
            (Get-SentRequest GET '/segments').query | Should -BeNullOrEmpty

            $counted = Get-IntercomSegment -IncludeCount
            ($counted | Where-Object Name -eq 'Leads').Count | Should -Be 5
            (Get-SentRequest GET '/segments')[-1].query | Should -Be 'include_count=true'

            ($plain | Get-IntercomSegment).Id | Should -Be $plain.Id
            $errors = $null
            Get-IntercomSegment -Id 'nope' -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }
    }
}
