# Spec conformance of the conversation, message and phone switch cmdlets against Prism (the official API description
# as a mock; see Conformance.Tests.ps1): each operation and body variant through its cmdlet. createConversation is
# refused by Prism whatever is sent, because the description contradicts itself; that test checks Prism objects to
# that one point and to nothing else.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:HasMock = Test-MockAvailable
    if (-not $HasMock) { Write-Host 'Skipping the Prism conformance tests of the conversations area: ../shared/tools/intercom-mock is absent.' -ForegroundColor Yellow }
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

# Key: the property that must be set on every answer (Id, unless the type has none).
Describe 'Prism conformance: <Operation>' -Skip:(-not $HasMock) -ForEach @(
    @{ Operation = 'listConversations'; Type = 'IntercomPS.Conversation'; Call = { param($e) Get-IntercomConversation -PageSize 5 @e } }
    @{ Operation = 'retrieveConversation'; Type = 'IntercomPS.Conversation'; Call = { param($e) Get-IntercomConversation -Id 123 @e } }
    @{ Operation = 'retrieveConversation (plaintext)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Get-IntercomConversation -Id 123 -DisplayAs plaintext @e } }
    @{ Operation = 'searchConversations (filter)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Search-IntercomConversation -Filter "state -eq 'open' -and waiting_since -lt '2026-11-01'" -PageSize 5 @e } }
    @{ Operation = 'searchConversations (query)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Search-IntercomConversation -Query @{ operator = 'AND'; value = @(@{ field = 'created_at'; operator = '>'; value = '1306054154' }) } @e } }
    @{ Operation = 'updateConversation'; Type = 'IntercomPS.Conversation'; Call = { param($e) Set-IntercomConversation -Id 123 -Read $true -CustomAttribute @{ issue_type = 'Billing'; priority = 'High' } -Confirm:$false @e } }
    @{ Operation = 'updateConversation (title, plaintext)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Set-IntercomConversation -Id 123 -Title 'Refund request' -DisplayAs plaintext -Confirm:$false @e } }
    @{ Operation = 'manageConversation (close)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Close-IntercomConversation -Id 123 -Confirm:$false @e } }
    @{ Operation = 'manageConversation (close with a message, as another admin)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Close-IntercomConversation -Id 123 -Body 'Goodbye :)' -AdminId 991267608 -Confirm:$false @e } }
    @{ Operation = 'manageConversation (snoozed)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Suspend-IntercomConversation -Id 123 -Until ([datetimeoffset]::UtcNow.AddDays(2)) -Confirm:$false @e } }
    @{ Operation = 'manageConversation (open)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Open-IntercomConversation -Id 123 -Confirm:$false @e } }
    @{ Operation = 'manageConversation (assignment to an admin)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Set-IntercomConversationAssignee -Id 123 -AdminId 991267615 -Body 'Over to you' -Confirm:$false @e } }
    @{ Operation = 'manageConversation (assignment to a team)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Set-IntercomConversationAssignee -Id 123 -TeamId 5017691 -ActingAdminId 991267615 -Confirm:$false @e } }
    @{ Operation = 'manageConversation (unassignment)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Set-IntercomConversationAssignee -Id 123 -AdminId 0 -Confirm:$false @e } }
    @{ Operation = 'autoAssignConversation'; Type = 'IntercomPS.Conversation'; Call = { param($e) Set-IntercomConversationAssignee -Id 123 -UseAssignmentRules -Confirm:$false -WarningAction SilentlyContinue @e } }
    @{ Operation = 'replyConversation (admin comment)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Send-IntercomConversationReply -Id 123 -Body 'Thanks for waiting' -Confirm:$false @e } }
    @{ Operation = 'replyConversation (admin note with attachments and a time)'; Type = 'IntercomPS.Conversation'; Call = {
            param($e)
            Send-IntercomConversationReply -Id 123 -Body '<p>Refund <b>approved</b></p>' -MessageType note -AdminId 991267596 `
                -AttachmentUrl 'https://example.com/receipt.pdf', 'https://example.com/invoice.pdf' -CreatedAt '2024-06-27T13:00:00Z' -Confirm:$false @e
        }
    }
    @{ Operation = 'replyConversation (contact by intercom_user_id, last conversation)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Send-IntercomConversationReply -Id last -IntercomUserId 667d60f78a68186f43bafdf7 -Body 'Thanks again :)' -Confirm:$false @e } }
    @{ Operation = 'replyConversation (contact by user_id, with an attachment)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Send-IntercomConversationReply -Id 123 -UserId '70' -Body 'Here it is' -AttachmentUrl 'https://example.com/a.png' -Confirm:$false @e } }
    @{ Operation = 'replyConversation (contact by email)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Send-IntercomConversationReply -Id 123 -Email 'joe@bloggs.com' -Body 'Thanks' -Confirm:$false @e } }
    @{ Operation = 'attachContactToConversation (intercom_user_id)'; Type = 'IntercomPS.ConversationContacts'; Call = { param($e) Add-IntercomConversationContact -Id 123 -ContactId 667d61168a68186f43bafe0d -Confirm:$false @e } }
    @{ Operation = 'attachContactToConversation (user_id)'; Type = 'IntercomPS.ConversationContacts'; Call = { param($e) Add-IntercomConversationContact -Id 123 -UserId '70' -Confirm:$false @e } }
    @{ Operation = 'attachContactToConversation (email)'; Type = 'IntercomPS.ConversationContacts'; Call = { param($e) Add-IntercomConversationContact -Id 123 -Email 'joe@bloggs.com' -AdminId 991267631 -Confirm:$false @e } }
    @{ Operation = 'detachContactFromConversation'; Type = 'IntercomPS.ConversationContacts'; Call = { param($e) Remove-IntercomConversationContact -Id 123 -ContactId 667d611c8a68186f43bafe11 -Confirm:$false @e } }
    @{ Operation = 'redactConversation (conversation part)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Clear-IntercomConversationPart -Id 471 -ConversationPartId 115 -Confirm:$false @e } }
    @{ Operation = 'redactConversation (source)'; Type = 'IntercomPS.Conversation'; Call = { param($e) Clear-IntercomConversationPart -Id 471 -SourceId 403918311 -Confirm:$false @e } }
    @{ Operation = 'convertConversationToTicket'; Type = 'IntercomPS.Ticket'; Call = { param($e) ConvertTo-IntercomTicket -Id 123 -TicketTypeId 79 -Confirm:$false @e } }
    @{ Operation = 'convertConversationToTicket (attributes)'; Type = 'IntercomPS.Ticket'; Call = { param($e) ConvertTo-IntercomTicket -Id 123 -TicketTypeId 79 -TicketAttribute @{ _default_title_ = 'Refund'; urgent = $true } -Confirm:$false @e } }
    @{ Operation = 'createMessage (in_app)'; Type = 'IntercomPS.Message'; Call = { param($e) Send-IntercomMessage -ToId 667d616c8a68186f43bafe52 -MessageType in_app -Body 'heyy' -Confirm:$false @e } }
    @{ Operation = 'createMessage (email to a lead, every field)'; Type = 'IntercomPS.Message'; Call = {
            param($e)
            Send-IntercomMessage -ToId 667d616c8a68186f43bafe52 -ToType lead -MessageType email -Subject 'Your order' -Template personal -Body 'heyy' `
                -FromId 991267716 -CreatedAt '2024-06-27T13:00:00Z' -CreateConversationWithoutContactReply -Confirm:$false @e
        }
    }
    @{ Operation = 'createPhoneSwitch'; Type = 'IntercomPS.PhoneSwitch'; Key = 'Url'; Call = { param($e) Send-IntercomPhoneSwitch -Phone '+353832345678' -CustomAttribute @{ issue_type = 'Billing'; priority = 'High' } -Confirm:$false @e } }
) {
    It 'passes request validation and yields <Type>' {
        # -ErrorAction Stop: a rejection by Prism (a 4xx for a request that breaks the description) fails the test.
        Assert-ConformantOutput @(& $Call @{ ErrorAction = 'Stop' }) -Type $Type -Empty:$Empty -Key $Key
    }
}

Describe 'Prism conformance: where the description contradicts itself' -Skip:(-not $HasMock) {
    It 'createConversation (<Variant>): the from.id schema (format uuid, yet exactly 24 characters) is the only objection' -ForEach @(
        @{ Variant = 'from a user'; Call = { New-IntercomConversation -FromId 667d60d18a68186f43bafddd -Body 'Hello there' -Confirm:$false -ErrorAction Stop } }
        @{ Variant = 'from a lead, every field'; Call = {
                New-IntercomConversation -FromId 667d60d18a68186f43bafddd -FromType lead -Body 'Hello there' -Subject 'Order' `
                    -AttachmentUrl 'https://example.com/a.png' -CreatedAt '2024-06-27T13:00:00Z' -Confirm:$false -ErrorAction Stop
            }
        }
    ) {
        $err = $null
        try { & $Call } catch { $err = $_ }
        $err.Exception.StatusCode | Should -Be 422
        $problems = ($err.Exception.RawBody | ConvertFrom-Json).validation
        @($problems | ForEach-Object { $_.location -join '.' } | Sort-Object -Unique) | Should -Be @('body.from.id')
        @($problems.code | Sort-Object -Unique) | Should -Be @('format')
    }
}

Describe 'Prism conformance: conversation answers in detail' -Skip:(-not $HasMock) {
    It 'reads the example conversation''s source, contacts, tags, parts and custom attributes' {
        $conversation = Set-IntercomConversation -Id 123 -Read $true -Confirm:$false -ErrorAction Stop
        $conversation.Source.Author.Name | Should -Be 'Ciaran157 Lee'
        $conversation.Contacts[0].Id | Should -Be '667d60e08a68186f43bafde5'
        $conversation.AdminAssigneeId | Should -Be '991267715'
        $conversation.CustomAttributes.issue_type | Should -Be 'Billing'
        $conversation.ConversationParts.Count | Should -Be 2
        $conversation.ConversationParts[0].PartType | Should -Be 'conversation_attribute_updated_by_admin'
        $conversation.ConversationParts[0].Author.Type | Should -Be 'bot'
        $conversation.Tags.Count | Should -Be 0
        $conversation.UpdatedAt | Should -Be ([datetimeoffset]::FromUnixTimeSeconds(1719492834))
        $conversation.AdditionalProperties.Keys | Should -BeNullOrEmpty -Because 'every field of the example conversation is modelled'
    }

    It 'reads attaching a contact''s {customers} answer as the conversation''s contacts' {
        $contacts = Add-IntercomConversationContact -Id 123 -ContactId 667d61168a68186f43bafe0d -Confirm:$false -ErrorAction Stop
        $contacts.Id | Should -Be '123'
        $contacts.Contacts.Id | Should -Be '667d61168a68186f43bafe0d'
    }

    It 'reads the example ticket a conversation became' {
        $ticket = ConvertTo-IntercomTicket -Id 123 -TicketTypeId 79 -Confirm:$false -ErrorAction Stop
        $ticket.TicketType.Id | Should -Be '79'
        $ticket.TicketParts.Count | Should -Be 2
    }
}
