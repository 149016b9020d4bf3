# Spec conformance of the ticket, ticket type and team cmdlets: each operation (and body variant) called through its
# cmdlet against Prism serving the official API description. A request that breaks the description gets a 4xx, which
# the cmdlet reports as an error (and -ErrorAction Stop turns into a failure); the example answers must deserialize
# into the declared output type.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:HasMock = Test-MockAvailable
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    if (Test-MockAvailable) {
        $script:BaseUrl = Connect-TestPrism
    }
}

AfterAll {
    if (Test-MockAvailable) { Stop-TestPrism }
}

# Empty = $true: the description's example answer is an empty list, so only the request is checked.
Describe 'Prism conformance: <Operation>' -Skip:(-not $HasMock) -ForEach @(
    @{ Operation = 'getTicket'; Type = 'IntercomPS.Ticket'; Call = { param($e) Get-IntercomTicket -Id 493 @e } }
    @{ Operation = 'searchTickets (filter)'; Type = 'IntercomPS.Ticket'; Call = { param($e) Search-IntercomTicket -Filter "created_at -gt '2024-06-01' -and state -in 'submitted','in_progress'" -PageSize 5 @e } }
    @{ Operation = 'searchTickets (query)'; Type = 'IntercomPS.Ticket'; Call = { param($e) Search-IntercomTicket -Query @{ operator = 'AND'; value = @(@{ field = 'created_at'; operator = '>'; value = '1306054154' }) } @e } }
    @{ Operation = 'createTicket'; Type = 'IntercomPS.Ticket'; Call = { param($e) New-IntercomTicket -TicketTypeId 106 -ContactId '667d61b78a68186f43bafe8d' -Title 'example' -Description 'there is a problem' -Confirm:$false @e } }
    @{ Operation = 'createTicket (every field, contact by external id)'; Type = 'IntercomPS.Ticket'; Call = {
            param($e)
            New-IntercomTicket -TicketTypeId 106 -ContactExternalId '70' -CompanyId 'ext-1' -CreatedAt '2024-06-27T12:00:00Z' `
                -TicketAttribute @{ _default_title_ = 'example'; priority = 'de1825a0-0164-4070-8ca6-13e22462fa7e'; seats = 3; urgent = $true; due = [datetime]'2024-07-01' } -Confirm:$false @e
        }
    }
    @{ Operation = 'createTicket (contact by email)'; Type = 'IntercomPS.Ticket'; Call = { param($e) New-IntercomTicket -TicketTypeId 106 -ContactEmail 'joe@example.com' -Confirm:$false @e } }
    @{ Operation = 'createTicket (attributes validated against getTicketType)'; Type = 'IntercomPS.Ticket'; Call = { param($e) New-IntercomTicket -TicketTypeId 90 -ContactId '667d61b78a68186f43bafe8d' -Title 'example' -TicketAttribute @{ name = 'x' } -ValidateAttributes -Confirm:$false @e } }
    @{ Operation = 'updateTicket'; Type = 'IntercomPS.Ticket'; Call = { param($e) Set-IntercomTicket -Id 490 -Title 'example' -Description 'there is a problem' -State in_progress -Open $true -SnoozedUntil '2023-01-13T11:33:24Z' -AssigneeId 991267885 -AdminId 991267883 -Confirm:$false @e } }
    @{ Operation = 'updateTicket (close, unshare, assignee defaults to the session admin)'; Type = 'IntercomPS.Ticket'; Call = { param($e) Set-IntercomTicket -Id 490 -Open $false -IsShared $false -AssigneeId 0 -Confirm:$false @e } }
    @{ Operation = 'replyTicket (admin comment)'; Type = 'IntercomPS.TicketPart'; Call = { param($e) Send-IntercomTicketReply -Id 123 -Body 'Hello there!' -AdminId 991267829 -CreatedAt '2024-06-27T12:00:00Z' -AttachmentUrl 'https://example.com/a.png' -Confirm:$false @e } }
    @{ Operation = 'replyTicket (admin note, cross-posted)'; Type = 'IntercomPS.TicketPart'; Call = { param($e) Send-IntercomTicketReply -Id 123 -Body '<p>note</p>' -MessageType note -CrossPost -Confirm:$false @e } }
    @{ Operation = 'replyTicket (admin quick_reply)'; Type = 'IntercomPS.TicketPart'; Call = { param($e) Send-IntercomTicketReply -Id 123 -ReplyOption 'Yes', 'No' -Confirm:$false @e } }
    @{ Operation = 'replyTicket (contact by intercom_user_id)'; Type = 'IntercomPS.TicketPart'; Call = { param($e) Send-IntercomTicketReply -Id 123 -Body 'Thanks again :)' -IntercomUserId '667d619d8a68186f43bafe82' -Confirm:$false @e } }
    @{ Operation = 'replyTicket (contact by user_id)'; Type = 'IntercomPS.TicketPart'; Call = { param($e) Send-IntercomTicketReply -Id 123 -Body 'Thanks again :)' -UserId 'user-1' -Confirm:$false @e } }
    @{ Operation = 'replyTicket (contact by email)'; Type = 'IntercomPS.TicketPart'; Call = { param($e) Send-IntercomTicketReply -Id 123 -Body 'Thanks again :)' -Email 'joe@example.com' -Confirm:$false @e } }
    @{ Operation = 'listTicketTypes'; Type = 'IntercomPS.TicketType'; Call = { param($e) Get-IntercomTicketType @e } }
    @{ Operation = 'getTicketType'; Type = 'IntercomPS.TicketType'; Call = { param($e) Get-IntercomTicketType -Id 90 @e } }
    @{ Operation = 'createTicketType'; Type = 'IntercomPS.TicketType'; Call = { param($e) New-IntercomTicketType -Name 'Customer Issue' -Description 'Customer Report Template' -Category customer -Icon '🎟️' -IsInternal $false -Confirm:$false @e } }
    @{ Operation = 'updateTicketType'; Type = 'IntercomPS.TicketType'; Call = { param($e) Set-IntercomTicketType -Id 92 -Name 'Bug Report 2' -Category Back-office -Confirm:$false @e } }
    @{ Operation = 'updateTicketType (archive)'; Type = 'IntercomPS.TicketType'; Call = { param($e) Set-IntercomTicketType -Id 92 -Archived $true -Force -Confirm:$false @e } }
    @{ Operation = 'createTicketTypeAttribute'; Type = 'IntercomPS.TicketTypeAttribute'; Call = { param($e) New-IntercomTicketTypeAttribute -TicketTypeId 81 -Name 'Attribute Title' -Description 'Attribute Description' -DataType string -RequiredToCreate $false -Multiline $true -Confirm:$false @e } }
    @{ Operation = 'createTicketTypeAttribute (list)'; Type = 'IntercomPS.TicketTypeAttribute'; Call = { param($e) New-IntercomTicketTypeAttribute -TicketTypeId 81 -Name 'Bug Priority' -Description 'Priority level of the bug' -DataType list -ListItem 'Low Priority', 'High Priority' -VisibleToContacts $false -Confirm:$false @e } }
    @{ Operation = 'updateTicketTypeAttribute'; Type = 'IntercomPS.TicketTypeAttribute'; Call = { param($e) Set-IntercomTicketTypeAttribute -TicketTypeId 83 -Id 215 -Description 'New Attribute Description' -Confirm:$false @e } }
    @{ Operation = 'updateTicketTypeAttribute (archive)'; Type = 'IntercomPS.TicketTypeAttribute'; Call = { param($e) Set-IntercomTicketTypeAttribute -TicketTypeId 83 -Id 215 -Archived $true -Force -Confirm:$false @e } }
    @{ Operation = 'listTeams'; Type = 'IntercomPS.Team'; Empty = $true; Call = { param($e) Get-IntercomTeam @e } }
    @{ Operation = 'retrieveTeam'; Type = 'IntercomPS.Team'; Call = { param($e) Get-IntercomTeam -Id 991267802 @e } }
) {
    It 'passes request validation and yields <Type>' {
        # -ErrorAction Stop: a rejection by Prism (a 4xx for a request that breaks the description) fails the test.
        Assert-ConformantOutput @(& $Call @{ ErrorAction = 'Stop' }) -Type $Type -Empty:$Empty -Key $Key
    }
}

Describe 'Prism conformance: ticket answers in detail' -Skip:(-not $HasMock) {
    It 'reads the example ticket: both ids, attributes, its type with attributes, contacts, parts' {
        $ticket = Get-IntercomTicket -Id 493 -ErrorAction Stop
        $ticket.Id | Should -Be '493'
        $ticket.TicketId | Should -Be '52' -Because 'ticket_id is the inbox number, kept apart from the id'
        $ticket.Title | Should -Be 'attribute_value'
        $ticket.TicketAttributes | Should -BeOfType [hashtable]
        $ticket.TicketType.PSObject.TypeNames[0] | Should -Be 'IntercomPS.TicketType'
        $ticket.TicketType.TicketTypeAttributes.Name | Should -Be @('_default_title_', '_default_description_')
        $ticket.Contacts[0].Id | Should -Be '667d61c48a68186f43bafe91'
        $ticket.TicketParts[0].PSObject.TypeNames[0] | Should -Be 'IntercomPS.TicketPart'
        $ticket.TicketParts[0].Author.Name | Should -Be 'Ciaran445 Lee'
        $ticket.LinkedObjects.Count | Should -Be 0
        $ticket.CreatedAt | Should -Be ([datetimeoffset]::FromUnixTimeSeconds(1719493061))
        $ticket.AdditionalProperties.Keys | Should -BeNullOrEmpty -Because 'every field of the example ticket is modelled'
    }

    It 'reads ticket types from data[] although the schema says ticket_types[]' {
        $types = Get-IntercomTicketType -ErrorAction Stop
        $types[0].Name | Should -Be 'Bug Report'
        $types[0].IsInternal | Should -BeFalse
        $types[0].TicketTypeAttributes.Count | Should -Be 3
        $types[0].TicketTypeAttributes[0].TicketTypeId | Should -Be '85'
        $types[0].TicketTypeAttributes[0].InputOptions.multiline | Should -BeFalse
    }

    It 'a reply reads the 200 example, although the description lists a 400 first' {
        $part = Send-IntercomTicketReply -Id 123 -Body 'x' -MessageType note -Confirm:$false -ErrorAction Stop
        $part.PartType | Should -Be 'note'
        $part.Author.Email | Should -Be 'admin375@email.com'
    }

    It 'reads a team with its admins' {
        $team = Get-IntercomTeam -Id 991267802 -ErrorAction Stop
        $team.Name | Should -Be 'team 1'
        $team.AdminIds.Count | Should -Be 0
    }
}
