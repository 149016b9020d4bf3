# What a user does with tickets, ticket types and teams, end to end, against the stateful fake Intercom server.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
    $script:Server = Start-TestServer

    function Get-Sent([string] $Method, [string] $Path) {
        @(Get-FakeRequest $Server | Where-Object { $_.method -eq $Method -and $_.path -like $Path })
    }
    function Get-Completion([string] $Line) { (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches }
    # The id of a list option of the seeded "Bug Report" type's Severity attribute, by its label.
    function Get-SeverityId([string] $Label) {
        $severity = (Get-IntercomTicketType -Id 81).TicketTypeAttributes | Where-Object Name -eq 'Severity'
        ($severity.InputOptions.list_options | Where-Object label -eq $Label).id
    }
}

AfterAll { Stop-TestServer $Server }

Describe 'Tickets against the fake Intercom server' {
    BeforeEach {
        Reset-FakeServer $Server
        Connect-TestServer $Server
        Clear-FakeRequest $Server
    }

    Describe 'Ticket types and their attributes' {
        It 'lists ticket types with their attributes, read from data[]; -Name filters on the client' {
            $types = Get-IntercomTicketType
            $types.Name | Should -Be @('Bug Report', 'Billing Question', 'Feature Request')
            $types[0].PSObject.TypeNames[0] | Should -Be 'IntercomPS.TicketType'
            $types[0].TicketTypeAttributes[2].PSObject.TypeNames[0] | Should -Be 'IntercomPS.TicketTypeAttribute'
            $types[0].TicketTypeAttributes.Name | Should -Contain 'Severity'
            $types[0].TicketTypeAttributes[0].TicketTypeId | Should -Be '81' -Because 'ticket_type_id is an integer on the wire'
            (Get-IntercomTicketType -Name 'feature*').Id | Should -Be '83'
            (Get-Sent GET '/ticket_types').Count | Should -Be 2
            (Get-Sent GET '/ticket_types')[1].query | Should -BeNullOrEmpty
        }

        It 'Get-IntercomTicketType | Where-Object Name -like ''Bug*'' | New-IntercomTicketTypeAttribute adds a list attribute' {
            $attribute = Get-IntercomTicketType | Where-Object Name -like 'Bug*' |
                New-IntercomTicketTypeAttribute -Name 'Browser' -Description 'Which browser' -DataType list -ListItem 'Chrome', 'Firefox' -RequiredToCreate $false -Confirm:$false
            $attribute.PSObject.TypeNames[0] | Should -Be 'IntercomPS.TicketTypeAttribute'
            $attribute.TicketTypeId | Should -Be '81'
            $post = Get-Sent POST '/ticket_types/*/attributes'
            $post.path | Should -Be '/ticket_types/81/attributes'
            $post.body | Should -Be '{"name":"Browser","description":"Which browser","required_to_create":false,"list_items":"Chrome,Firefox","data_type":"list"}'
            $browser = (Get-IntercomTicketType -Id 81).TicketTypeAttributes | Where-Object Name -eq 'Browser'
            $browser.InputOptions.list_options.label | Should -Be @('Chrome', 'Firefox')
        }

        It 'creates a ticket type in the API''s spelling of the category, and changes only the fields given' {
            $type = New-IntercomTicketType -Name 'Outage' -Description 'Service down' -Category back-office -Icon '🔥' -Confirm:$false
            (Get-Sent POST '/ticket_types')[0].body | Should -Be '{"name":"Outage","description":"Service down","category":"Back-office","icon":"🔥"}'
            $type.TicketTypeAttributes.Name | Should -Be @('_default_title_', '_default_description_')
            $renamed = $type | Set-IntercomTicketType -Name 'Major outage' -IsInternal $true -Confirm:$false
            (Get-Sent PUT "/ticket_types/$($type.Id)")[0].body | Should -Be '{"name":"Major outage","is_internal":true}'
            $renamed.Category | Should -Be 'Back-office'
            $renamed.IsInternal | Should -BeTrue
        }

        It 'archives ticket types with -Force; without it, archiving asks even with -Confirm:$false' {
            Get-IntercomTicketType -Name 'Feature*' | Set-IntercomTicketType -Archived $true -Force -Confirm:$false | Out-Null
            (Get-IntercomTicketType -Id 83).Archived | Should -BeTrue
            $script = {
                param($ModulePath, $BaseUri)
                Import-Module (Join-Path $ModulePath 'IntercomPS.psd1')
                Connect-Intercom -BaseUri $BaseUri -AccessToken (ConvertTo-SecureString 'fake-token' -AsPlainText -Force)
                try { Set-IntercomTicketType -Id 82 -Archived $true -Confirm:$false -ErrorAction Stop; 'archived' } catch { "refused: $_" }
            }
            $answer = Invoke-ChildPwsh -NoProfile -NonInteractive -Command $script -args (Get-TestModulePath), $Server.BaseUri
            "$answer" | Should -Match '^refused: .*(prompt|NonInteractive)'
            Get-Sent PUT '/ticket_types/82' | Should -BeNullOrEmpty
        }

        It 'attributes piped from their type bind Id and TicketTypeId; only the fields given are sent' {
            $updated = (Get-IntercomTicketType -Id 81).TicketTypeAttributes | Where-Object Name -eq 'Reproducible' |
                Set-IntercomTicketTypeAttribute -VisibleToContacts $false -Description 'Every time?' -Confirm:$false
            $put = Get-Sent PUT '/ticket_types/*/attributes/*'
            $put.path | Should -Be '/ticket_types/81/attributes/205'
            $put.body | Should -Be '{"description":"Every time?","visible_to_contacts":false}'
            $updated.VisibleToContacts | Should -BeFalse
            Set-IntercomTicketTypeAttribute -TicketTypeId 81 -Id 205 -Archived $true -Force -Confirm:$false | Out-Null
            ((Get-IntercomTicketType -Id 81).TicketTypeAttributes | Where-Object Name -eq 'Reproducible').Archived | Should -BeTrue
        }

        It 'new list items keep the ids of the labels kept' {
            $before = Get-SeverityId 'High'
            Set-IntercomTicketTypeAttribute -TicketTypeId 81 -Id 203 -ListItem 'High', 'Critical' -Confirm:$false | Out-Null
            (Get-Sent PUT '/ticket_types/81/attributes/203')[0].body | Should -Be '{"list_items":"High,Critical"}'
            Get-SeverityId 'High' | Should -Be $before
        }

        It 'bad attribute options are refused before any request, naming the parameter: <Why>' -ForEach @(
            @{ Why = 'list items on a string'; Parameter = 'ListItem'; Arguments = @{ DataType = 'string'; ListItem = 'a' } }
            @{ Why = 'a list without items'; Parameter = 'ListItem'; Arguments = @{ DataType = 'list' } }
            @{ Why = 'multiline on an integer'; Parameter = 'Multiline'; Arguments = @{ DataType = 'integer'; Multiline = $true } }
            @{ Why = 'several values on a boolean'; Parameter = 'AllowMultipleValues'; Arguments = @{ DataType = 'boolean'; AllowMultipleValues = $true } }
        ) {
            $err = $null
            try { New-IntercomTicketTypeAttribute -TicketTypeId 81 -Name n -Description d @Arguments -Confirm:$false -ErrorAction Stop } catch { $err = $_ }
            $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
            $err.Exception.ParamName | Should -Be $Parameter
            $err.Exception.Message | Should -Match "-$Parameter"
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'a list item with a comma, an unknown data type and an empty change are refused before any request' {
            { New-IntercomTicketTypeAttribute -TicketTypeId 81 -Name n -Description d -DataType list -ListItem 'a,b' -ErrorAction Stop } |
                Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            { New-IntercomTicketTypeAttribute -TicketTypeId 81 -Name n -Description d -DataType text -ErrorAction Stop } |
                Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            { Set-IntercomTicketTypeAttribute -TicketTypeId 81 -Id 205 -Force -ErrorAction Stop } | Should -Throw -ErrorId 'NothingToChange,*'
            { Set-IntercomTicketType -Id 81 -ErrorAction Stop } | Should -Throw '*-Name, -Description, -Category, -Icon, -IsInternal, -Archived*'
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Creating tickets' {
        It 'Get-IntercomContact | New-IntercomTicket creates one ticket per piped contact' {
            $contacts = Get-IntercomContact -First 2
            $high = Get-SeverityId 'High'
            Clear-FakeRequest $Server
            $tickets = $contacts | New-IntercomTicket -TicketTypeId 81 -Title 'Login fails' -TicketAttribute @{ Severity = $high } -Confirm:$false
            @($tickets).Count | Should -Be 2
            $tickets[0].PSObject.TypeNames[0] | Should -Be 'IntercomPS.Ticket'
            @($tickets.Contacts.Id) | Should -Be @($contacts.Id)
            $tickets[0].Title | Should -Be 'Login fails'
            $tickets[0].TicketAttributes.Severity | Should -Be $high
            $tickets[0].TicketId | Should -Not -Be $tickets[0].Id -Because 'ticket_id is the inbox number'
            $body = (Get-Sent POST '/tickets')[1].body | ConvertFrom-Json
            $body.ticket_type_id | Should -Be '81'
            $body.contacts[0].id | Should -Be $contacts[1].Id
            @($body.contacts[0].PSObject.Properties).Count | Should -Be 1
            $body.ticket_attributes._default_title_ | Should -Be 'Login fails'
        }

        It 'a contact by external id or by email, the company by your company_id, the creation time in unix seconds' {
            $user = Get-IntercomContact -First 1
            $ticket = New-IntercomTicket -TicketTypeId 82 -ContactExternalId $user.ExternalId -CompanyId 'ext-0001' -CreatedAt '2026-01-02T00:00:00Z' -Title 'VAT' -Confirm:$false
            (Get-Sent POST '/tickets')[0].body | Should -Be ('{"ticket_type_id":"82","company_id":"ext-0001","created_at":1767312000,"ticket_attributes":{"_default_title_":"VAT"},"contacts":[{"external_id":"' + $user.ExternalId + '"}]}')
            $ticket.Contacts[0].Id | Should -Be $user.Id
            $ticket.CreatedAt | Should -Be ([datetimeoffset]'2026-01-02T00:00:00Z')
            $new = New-IntercomTicket -TicketTypeId 82 -ContactEmail 'someone.new@acme.com' -Title 'Refund' -Confirm:$false
            (Get-IntercomContact -Id $new.Contacts[0].Id).Email | Should -Be 'someone.new@acme.com' -Because 'Intercom creates a contact for an unknown email'
        }

        It '-ValidateAttributes refuses attributes that do not fit the type, naming each, before any ticket is created' {
            $err = $null
            try {
                Get-IntercomContact -First 2 | New-IntercomTicket -TicketTypeId 81 -TicketAttribute @{ Severity = 'High'; 'Affected users' = 'many'; severity2 = 1; 'Legacy area' = 'x' } -ValidateAttributes -Confirm:$false -ErrorAction Stop
            }
            catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -BeLike 'TicketAttributeInvalid,*'
            $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
            $err.Exception.ParamName | Should -Be 'TicketAttribute'
            $message = $err.Exception.Message
            $message | Should -Match "'Severity' takes the id of a list option, not its label: use '$(Get-SeverityId 'High')' for 'High'"
            $message | Should -Match "'Affected users' takes an integer, not many \(String\)"
            $message | Should -Match "'severity2' is not an attribute of this type; it has _default_title_, _default_description_, Severity, Affected users, Reproducible\."
            $message | Should -Match "'Legacy area' is archived"
            $message | Should -Match "'_default_title_' is required"
            Get-Sent POST '/tickets' | Should -BeNullOrEmpty
        }

        It '-ValidateAttributes reads the type once, then creates the tickets with the values as given' {
            $contacts = Get-IntercomContact -First 2
            $low = Get-SeverityId 'Low'
            Clear-FakeRequest $Server
            $tickets = $contacts | New-IntercomTicket -TicketTypeId 81 -Title 'Slow' -TicketAttribute @{ Severity = $low; 'Affected users' = 12; Reproducible = $true } -ValidateAttributes -Confirm:$false
            @($tickets).Count | Should -Be 2
            (Get-Sent GET '/ticket_types/81').Count | Should -Be 1
            $body = (Get-Sent POST '/tickets')[0].body | ConvertFrom-Json
            $body.ticket_attributes.'Affected users' | Should -Be 12
            $body.ticket_attributes.Reproducible | Should -BeTrue
        }

        It '-ValidateAttributes with a ticket type that does not exist says so, then stops, creating nothing' {
            $errors = $null
            $err = $null
            try { New-IntercomTicket -TicketTypeId 99 -ContactEmail 'a@acme.com' -Title 't' -ValidateAttributes -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue } catch { $err = $_ }
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errors[0].TargetObject | Should -Be '99'
            $err.FullyQualifiedErrorId | Should -BeLike 'TicketTypeUnavailable,*'
            Get-Sent POST '/tickets' | Should -BeNullOrEmpty
        }

        It 'without -ValidateAttributes Intercom''s refusal is an error for that contact; the next one goes on' {
            $contacts = Get-IntercomContact -First 2
            $missing = [pscustomobject]@{ Id = '659200816e56a257ffffffff' }
            $errors = $null
            $created = $contacts[0], $missing, $contacts[1] | New-IntercomTicket -TicketTypeId 82 -Title 'Card declined' -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            @($created).Count | Should -Be 2
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be $missing.Id
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $refused = $null
            New-IntercomTicket -TicketTypeId 81 -ContactId $contacts[0].Id -Title 'No severity' -Confirm:$false -ErrorVariable refused -ErrorAction SilentlyContinue
            $refused[0].Exception.Message | Should -Match "'Severity' is required"
        }

        It 'dates in -TicketAttribute go out as unix seconds' {
            New-IntercomTicketTypeAttribute -TicketTypeId 82 -Name 'Due' -Description 'Pay by' -DataType datetime -Confirm:$false | Out-Null
            $ticket = New-IntercomTicket -TicketTypeId 82 -ContactId (Get-IntercomContact -First 1).Id -Title 'Late' -TicketAttribute @{ Due = [datetime]::SpecifyKind([datetime]'2026-03-01', 'Utc') } -ValidateAttributes -Confirm:$false
            ((Get-Sent POST '/tickets')[0].body | ConvertFrom-Json).ticket_attributes.Due | Should -Be 1772323200
            $ticket.TicketAttributes.Due | Should -Be 1772323200
        }

        It 'giving the title twice is refused before any request' {
            { New-IntercomTicket -TicketTypeId 82 -ContactId 'abc' -Title 'a' -TicketAttribute @{ _default_title_ = 'b' } -ErrorAction Stop } | Should -Throw -ErrorId 'DuplicateTicketAttribute,*'
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'a created ticket goes on to Add-IntercomTicketTag by its Id' {
            $tag = New-IntercomTicket -TicketTypeId 82 -ContactId (Get-IntercomContact -First 1).Id -Title 'Tag me' -Confirm:$false | Add-IntercomTicketTag -TagId 7001 -Confirm:$false
            $tag.Name | Should -Be 'VIP'
            (Get-Sent POST '/tickets/*/tags')[0].path | Should -Be '/tickets/106/tags'
        }
    }

    Describe 'Reading and searching tickets' {
        It 'gets piped tickets by their Id, never their inbox number; a missing one is an error for that id only' {
            $errors = $null
            $tickets = [pscustomobject]@{ Id = '101'; TicketId = '1' }, [pscustomobject]@{ Id = '999' }, [pscustomobject]@{ Id = '105' } |
                Get-IntercomTicket -ErrorVariable errors -ErrorAction SilentlyContinue
            @($tickets.Id) | Should -Be @('101', '105')
            $tickets[0].TicketId | Should -Be '1'
            $tickets[0].TicketType.Name | Should -Be 'Bug Report'
            $tickets[0].TicketParts[0].PSObject.TypeNames[0] | Should -Be 'IntercomPS.TicketPart'
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be '999'
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'ticket_not_found,*'
        }

        It 'translates -Filter into Intercom''s query and streams every page' {
            $open = Search-IntercomTicket -Filter "open -eq `$true -and category -ne 'Tracker'" -PageSize 2
            @($open.Id) | Should -Be @('101', '102', '104')
            $sent = Get-Sent POST '/tickets/search'
            $sent.Count | Should -Be 2
            $first = $sent[0].body | ConvertFrom-Json
            $first.query.operator | Should -Be 'AND'
            $first.query.value[0].value | Should -BeTrue
            $first.pagination.per_page | Should -Be 2
            ($sent[1].body | ConvertFrom-Json).pagination.starting_after | Should -Not -BeNullOrEmpty
        }

        It 'asks for the largest pages by default, and -First stops the requests' {
            Search-IntercomTicket -Filter "state -ne 'resolved'" | Out-Null
            ((Get-Sent POST '/tickets/search')[0].body | ConvertFrom-Json).pagination.per_page | Should -Be 150
            Clear-FakeRequest $Server
            @(Search-IntercomTicket -Filter "ticket_type_id -eq '81'" -PageSize 1 -First 2).Count | Should -Be 2
            (Get-Sent POST '/tickets/search').Count | Should -Be 2
        }

        It 'searches by a ticket attribute with -Query, and dates go out as unix seconds' {
            $high = Get-SeverityId 'High'
            (Search-IntercomTicket -Query @{ field = 'ticket_attribute.203'; operator = '='; value = $high }).Id | Should -Be '101'
            Search-IntercomTicket -Filter "created_at -gt '2024-01-03T00:00:00Z'" | Out-Null
            ((Get-Sent POST '/tickets/search')[-1].body | ConvertFrom-Json).query.value | Should -Be 1704240000
        }

        It 'an invalid -Filter fails before any request; a field Intercom does not search is an error naming the filter' {
            { Search-IntercomTicket -Filter "state -eq" -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidFilter,*'
            @(Get-FakeRequest $Server).Count | Should -Be 0
            $errors = $null
            Search-IntercomTicket -Filter "ticket_state -eq 'submitted'" -ErrorVariable errors -ErrorAction SilentlyContinue | Out-Null
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[0].TargetObject | Should -Be "ticket_state -eq 'submitted'"
        }

        It '-PageSize outside 1..150 is refused before any request' -ForEach @(0, 151) {
            { Search-IntercomTicket -Filter "open -eq `$true" -PageSize $_ -ErrorAction Stop } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Changing tickets' {
        It 'Search-IntercomTicket | Set-IntercomTicket moves state and assignee, as the connected admin, sending only those' {
            $changed = Search-IntercomTicket -Filter "state -eq 'submitted'" | Set-IntercomTicket -State in_progress -AssigneeId 991267002 -Confirm:$false
            @($changed.Id) | Should -Be @('101', '104')
            $changed.TicketState | Select-Object -Unique | Should -Be 'in_progress'
            $changed.AdminAssigneeId | Select-Object -Unique | Should -Be '991267002'
            $puts = Get-Sent PUT '/tickets/*'
            $puts.path | Should -Be @('/tickets/101', '/tickets/104')
            $puts.body | Select-Object -Unique | Should -Be '{"state":"in_progress","assignment":{"admin_id":"991267001","assignee_id":"991267002"}}'
            ($changed[0].TicketParts | Where-Object PartType -eq 'assignment').AssignedTo.Id | Should -Be '991267002'
        }

        It 'assigns to a team found with Get-IntercomTeam, and "0" unassigns' {
            $team = Get-IntercomTeam -Name 'Esc*'
            $ticket = Set-IntercomTicket -Id 102 -AssigneeId $team.Id -AdminId 991267003 -Confirm:$false
            $ticket.TeamAssigneeId | Should -Be '814866'
            ((Get-Sent PUT '/tickets/102')[0].body | ConvertFrom-Json).assignment.admin_id | Should -Be '991267003'
            $none = Set-IntercomTicket -Id 102 -AssigneeId 0 -Confirm:$false
            $none.AdminAssigneeId, $none.TeamAssigneeId | Should -Be @('0', '0')
        }

        It 'sends only the bound fields: attributes, title, open, shared, snooze' {
            $ticket = Get-IntercomTicket -Id 102
            Clear-FakeRequest $Server
            $updated = $ticket | Set-IntercomTicket -Title 'Export times out (CSV)' -Open $false -IsShared $false -Confirm:$false
            (Get-Sent PUT '/tickets/102')[0].body | Should -Be '{"open":false,"is_shared":false,"ticket_attributes":{"_default_title_":"Export times out (CSV)"}}'
            $updated.Title | Should -Be 'Export times out (CSV)'
            $updated.TicketAttributes.'Affected users' | Should -Be 40 -Because 'attributes not sent are kept'
            $updated.Open | Should -BeFalse
            $snoozed = $ticket | Set-IntercomTicket -SnoozedUntil '2026-06-01T00:00:00Z' -Confirm:$false
            (Get-Sent PUT '/tickets/102')[-1].body | Should -Be '{"snoozed_until":1780272000}'
            $snoozed.SnoozedUntil | Should -Be ([datetimeoffset]'2026-06-01T00:00:00Z')
        }

        It 'a missing ticket or assignee is an error for that ticket; the next one goes on' {
            $errors = $null
            $changed = '101', '999', '103' | ForEach-Object { [pscustomobject]@{ Id = $_ } } |
                Set-IntercomTicket -State waiting_on_customer -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            @($changed.Id) | Should -Be @('101', '103')
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be '999'
            $errors = $null
            Set-IntercomTicket -Id 101 -AssigneeId 12345 -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'assignee_not_found,*'
        }

        It 'bad changes are refused before any request, naming the parameter' {
            { Set-IntercomTicket -Id 101 -ErrorAction Stop } | Should -Throw -ErrorId 'NothingToChange,*'
            { Set-IntercomTicket -Id 101 -State open -ErrorAction Stop } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            $err = $null
            try { Set-IntercomTicket -Id 101 -AdminId 991267002 -Open $true -ErrorAction Stop } catch { $err = $_ }
            $err.Exception.ParamName | Should -Be 'AdminId'
            $err.Exception.Message | Should -Match '-AssigneeId'
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Replying' {
        It 'replies as the connected admin with a comment by default, and adds notes' {
            $part = Get-IntercomTicket -Id 101 | Send-IntercomTicketReply -Body 'We are on it' -Confirm:$false
            $part.PSObject.TypeNames[0] | Should -Be 'IntercomPS.TicketPart'
            $part.PartType | Should -Be 'comment'
            $part.Author.Name | Should -Be 'Ada Lovelace'
            (Get-Sent POST '/tickets/101/reply')[0].body | Should -Be '{"message_type":"comment","type":"admin","admin_id":"991267001","body":"We are on it"}'
            $note = Send-IntercomTicketReply -Id 101 -Body '<p>Root cause found</p>' -MessageType note -AdminId 991267002 -AttachmentUrl 'https://example.com/trace.png' -Confirm:$false
            $note.Author.Name | Should -Be 'Grace Hopper'
            $note.Attachments[0].Name | Should -Be 'trace.png'
            (Get-IntercomTicket -Id 101).TicketParts.PartType | Should -Contain 'note'
        }

        It 'quick-reply options each get their own uuid' {
            $part = Send-IntercomTicketReply -Id 105 -ReplyOption 'Yes', 'No' -Confirm:$false
            $part.PartType | Should -Be 'quick_reply'
            $body = (Get-Sent POST '/tickets/105/reply')[0].body | ConvertFrom-Json
            $body.message_type | Should -Be 'quick_reply'
            $body.reply_options.text | Should -Be @('Yes', 'No')
            @($body.reply_options.uuid | Select-Object -Unique).Count | Should -Be 2
            $body.reply_options.uuid | ForEach-Object { [guid]$_ } | Should -Not -BeNullOrEmpty
        }

        It 'replies on behalf of a contact; Back-office tickets refuse that, for that ticket only' {
            $contact = Get-IntercomContact -First 1
            $errors = $null
            $parts = '101', '104', '105' | ForEach-Object { [pscustomobject]@{ Id = $_ } } |
                Send-IntercomTicketReply -Body 'Thanks!' -Email $contact.Email -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            @($parts).Count | Should -Be 2
            $parts.Author.Id | Select-Object -Unique | Should -Be $contact.Id
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be '104'
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'parameter_mismatch,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            (Get-Sent POST '/tickets/101/reply')[0].body | Should -Be ('{"email":"' + $contact.Email + '","message_type":"comment","type":"user","body":"Thanks!"}')
            (Send-IntercomTicketReply -Id 101 -Body 'Again' -IntercomUserId $contact.Id -Confirm:$false).Author.Id | Should -Be $contact.Id
        }

        It 'a reply that cannot be right is refused before any request, naming the parameter: <Why>' -ForEach @(
            @{ Why = 'a comment without a body'; Parameter = 'Body'; Arguments = @{} }
            @{ Why = 'a quick_reply without options'; Parameter = 'ReplyOption'; Arguments = @{ MessageType = 'quick_reply' } }
            @{ Why = 'options on a note'; Parameter = 'ReplyOption'; Arguments = @{ MessageType = 'note'; Body = 'x'; ReplyOption = 'a' } }
            @{ Why = 'cross-posting a comment'; Parameter = 'CrossPost'; Arguments = @{ Body = 'x'; CrossPost = $true } }
        ) {
            $err = $null
            try { Send-IntercomTicketReply -Id 101 @Arguments -Confirm:$false -ErrorAction Stop } catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -BeLike 'InvalidReply,*'
            $err.Exception.ParamName | Should -Be $Parameter
            $err.Exception.Message | Should -Match "-$Parameter"
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'more than 10 attachments are refused at binding' {
            { Send-IntercomTicketReply -Id 101 -Body 'x' -AttachmentUrl (1..11 | ForEach-Object { "https://example.com/$_.png" }) -ErrorAction Stop } |
                Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Teams' {
        It 'lists teams, filters them by name, and gets piped teams by id' {
            $teams = Get-IntercomTeam
            $teams.Name | Should -Be @('Support', 'Escalations')
            $teams[0].PSObject.TypeNames[0] | Should -Be 'IntercomPS.Team'
            $teams[0].AdminIds | Should -Be @('991267001', '991267002')
            (Get-IntercomTeam -Name 'sup*').Id | Should -Be '814865'
            ($teams | Get-IntercomTeam).Id | Should -Be @('814865', '814866')
            $errors = $null
            Get-IntercomTeam -Id 1 -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'team_not_found,*'
        }
    }

    Describe 'Tab completion' {
        It 'completes -TicketTypeId from a name or an id, inserting the id' {
            (Get-Completion 'New-IntercomTicket -TicketTypeId bug').CompletionText | Should -Be @('81')
            (Get-Completion 'Set-IntercomTicketTypeAttribute -TicketTypeId 8').CompletionText | Should -Be @('82', '81', '83')
            (Get-Completion 'Get-IntercomTicketType -Name f').CompletionText | Should -Be @("'Feature Request'")
        }

        It 'completes team ids (-TeamId) and assignees, admins and teams alike, by name' {
            (Get-Completion 'Get-IntercomTeam -TeamId esc').CompletionText | Should -Be @('814866')
            $assignees = Get-Completion 'Set-IntercomTicket -Id 101 -AssigneeId '
            $assignees.CompletionText | Should -Contain '991267002'
            $assignees.CompletionText | Should -Contain '814865'
            $assignees.CompletionText | Should -Contain '0'
            (Get-Completion 'Set-IntercomTicket -Id 101 -AssigneeId grace').ListItemText | Should -Be @('991267002: Grace Hopper (admin)')
        }
    }

    Describe 'Output' {
        It 'exports <Name> as flat CSV cells and formats them without errors' -ForEach @(
            @{ Name = 'tickets'; Get = { Search-IntercomTicket -Filter "open -eq `$true" } }
            @{ Name = 'ticket parts'; Get = { (Get-IntercomTicket -Id 102).TicketParts } }
            @{ Name = 'ticket types'; Get = { Get-IntercomTicketType } }
            @{ Name = 'ticket type attributes'; Get = { (Get-IntercomTicketType -Id 81).TicketTypeAttributes } }
            @{ Name = 'teams'; Get = { Get-IntercomTeam } }
        ) {
            $objects = @(& $Get)
            $objects.Count | Should -BeGreaterThan 0
            $csv = $objects | ConvertTo-Csv -NoTypeInformation
            $csv -join "`n" | Should -Not -Match 'System\.[A-Z]|IntercomPS\.[A-Z]'
            { $objects | Format-Table | Out-String } | Should -Not -Throw
            ($objects | Format-Table | Out-String) | Should -Not -Match 'IntercomPS\.[A-Z]|\{.*\}'
        }
    }

    Describe '-WhatIf' {
        It 'sends nothing for any change' {
            $contact = [pscustomobject]@{ Id = '659200816e56a25700000000' }
            $ticket = [pscustomobject]@{ Id = '101' }
            $contact | New-IntercomTicket -TicketTypeId 82 -Title 'x' -WhatIf
            $ticket | Set-IntercomTicket -State resolved -WhatIf
            $ticket | Send-IntercomTicketReply -Body 'x' -WhatIf
            New-IntercomTicketType -Name 'x' -WhatIf
            Set-IntercomTicketType -Id 81 -Archived $true -WhatIf
            [pscustomobject]@{ Id = '81' } | New-IntercomTicketTypeAttribute -Name n -Description d -DataType string -WhatIf
            Set-IntercomTicketTypeAttribute -TicketTypeId 81 -Id 205 -Archived $true -WhatIf
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'with -ValidateAttributes only reads the ticket type: a dry run of the check' {
            { New-IntercomTicket -TicketTypeId 81 -ContactId '659200816e56a25700000000' -Title 'x' -ValidateAttributes -WhatIf -ErrorAction Stop } | Should -Throw -ErrorId 'TicketAttributeInvalid,*'
            (Get-FakeRequest $Server).method | Should -Be 'GET'
        }
    }
}

Describe 'Ticket cmdlet metadata' {
    It '<_> never binds a parameter named TicketId from the pipeline (a ticket''s TicketId is its inbox number)' -ForEach @(
        'Get-IntercomTicket', 'Set-IntercomTicket', 'Send-IntercomTicketReply', 'Add-IntercomTicketTag', 'Remove-IntercomTicketTag'
    ) {
        $parameters = (Get-Command $_).Parameters.Values
        $parameters.Name | Should -Not -Contain 'TicketId'
        $parameters.Aliases | Should -Not -Contain 'TicketId'
    }

    It '<_> changes with ConfirmImpact Medium (archiving asks through ShouldContinue instead)' -ForEach @(
        'New-IntercomTicket', 'Set-IntercomTicket', 'Send-IntercomTicketReply', 'New-IntercomTicketType', 'Set-IntercomTicketType',
        'New-IntercomTicketTypeAttribute', 'Set-IntercomTicketTypeAttribute'
    ) {
        Get-ConfirmImpact $_ | Should -Be 'Medium'
    }
}
