# What a user does with conversations, messages and phone switch, end to end, against the stateful fake Intercom server.
# Seeded: conversations 1..5, one per contact 1..5 (5 is a lead's), opened on 2024-01-02..06; 1, 2 and 5 are open and
# waiting, 3 is closed, 4 is snoozed until 2030; 2 is assigned to admin 991267002 and carries a card number in a part.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
    $script:Server = Start-TestServer

    function Get-Sent([string] $Method, [string] $Path) {
        @(Get-FakeRequest $Server | Where-Object { $_.method -eq $Method -and $_.path -like $Path })
    }
    function Get-SentBody([string] $Method, [string] $Path) {
        Get-Sent $Method $Path | ForEach-Object { $_.body | ConvertFrom-Json }
    }
    $script:Me = '991267001'
    # Yesterday: every seeded conversation waits since 2024; a conversation started in a test waits since now.
    $script:Stale = "state -eq 'open' -and waiting_since -lt '$([datetimeoffset]::UtcNow.AddDays(-1).ToString('yyyy-MM-dd'))'"
}

AfterAll { Stop-TestServer $Server }

Describe 'Conversations against the fake Intercom server' {
    BeforeEach {
        Reset-FakeServer $Server
        Connect-TestServer $Server
        Clear-FakeRequest $Server
    }

    Describe 'Listing, getting and searching' {
        It 'streams every conversation without parts, asking for the largest pages by default' {
            $all = Get-IntercomConversation
            @($all.Id) | Should -Be @('1', '2', '3', '4', '5')
            $all[0].PSObject.TypeNames[0] | Should -Be 'IntercomPS.Conversation'
            $all | Where-Object ConversationParts | Should -BeNullOrEmpty
            (Get-Sent GET '/conversations').query | Should -Be 'per_page=150'
        }

        It '-PageSize pages with starting_after, and -First stops the requests' {
            @(Get-IntercomConversation -PageSize 2).Count | Should -Be 5
            $sent = Get-Sent GET '/conversations'
            $sent.Count | Should -Be 3
            $sent[1].query | Should -Match '^per_page=2&starting_after=.+'
            Clear-FakeRequest $Server
            @(Get-IntercomConversation -PageSize 2 -First 3).Count | Should -Be 3
            (Get-Sent GET '/conversations').Count | Should -Be 2
        }

        It '-PageSize outside 1..150 is refused before any request' -ForEach @(0, 151) {
            { Get-IntercomConversation -PageSize $_ -ErrorAction Stop } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            { Search-IntercomConversation -Filter "state -eq 'open'" -PageSize $_ -ErrorAction Stop } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'gets piped conversations with their parts; a missing one is an error for that id only' {
            $errors = $null
            $got = '2', '404', '3' | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Get-IntercomConversation -ErrorVariable errors -ErrorAction SilentlyContinue
            @($got.Id) | Should -Be @('2', '3')
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be '404'
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $got[0].ConversationParts.PartType | Should -Be @('comment', 'comment')
            $got[0].ConversationParts[0].Author.Name | Should -Be 'Grace Hopper'
            $got[0].Source.Author.Type | Should -Be 'user'
            $got[0].Contacts[0].Id | Should -Be (Get-IntercomContact -First 2)[1].Id
            $got[0].Teammates.Id | Should -Be '991267002'
            $got[1].Statistics.LastClosedById | Should -Be $Me
            $got[0] | Format-Table | Out-String -Width 200 | Should -Match 'How do I export my data\?'
            $got[0].ConversationParts | Format-Table | Out-String | Should -Match 'Let me check'
        }

        It 'conversations, messages and contact lists export to CSV as flat cells' {
            $objects = @(Get-IntercomConversation -Id 1, 2, 3) + @(Get-IntercomContact -First 1 | Send-IntercomMessage -MessageType in_app -Body 'x' -Confirm:$false) +
                @(Add-IntercomConversationContact -Id 1 -Email 'csv@example.org' -Confirm:$false)
            $csv = $objects | ForEach-Object { $_ | ConvertTo-Csv -NoTypeInformation } | Out-String
            $csv | Should -Not -Match 'System\.[A-Z]|IntercomPS\.[A-Z]'
            ($objects[1] | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv).ConversationParts | Should -Be 'comment 1006; comment 1007'
        }

        It '-DisplayAs plaintext asks for the parts without HTML' {
            $conversation = Get-IntercomConversation -Id 2 -DisplayAs plaintext
            (Get-Sent GET '/conversations/2').query | Should -Be 'display_as=plaintext'
            $conversation.ConversationParts[0].Body | Should -Be 'Let me check.'
            $conversation.Source.Body | Should -Be 'How do I export my data?'
        }

        It 'translates -Filter into Intercom''s query, with dates as unix seconds, and streams every page' {
            $stale = Search-IntercomConversation -Filter "state -eq 'open' -and waiting_since -lt '2024-01-05'" -PageSize 1
            @($stale.Id) | Should -Be @('1', '2')
            $sent = Get-SentBody POST '/conversations/search'
            $sent.Count | Should -Be 2
            $sent[0].query.operator | Should -Be 'AND'
            $sent[0].query.value[1].value | Should -Be 1704412800
            $sent[0].pagination.per_page | Should -Be 1
            $sent[1].pagination.starting_after | Should -Not -BeNullOrEmpty
        }

        It 'searches by tag and by contact with Intercom''s own fields' {
            (Search-IntercomConversation -Filter "tag_ids -eq '7002'").Id | Should -Be '1'
            $lead = Search-IntercomContact -Filter "role -eq 'lead'" -First 1
            (Search-IntercomConversation -Query @{ field = 'contact_ids'; operator = '='; value = $lead.Id }).Id | Should -Be '5'
        }

        It 'an invalid -Filter fails before any request' {
            { Search-IntercomConversation -Filter "state -eq" -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidFilter,*'
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Triage from the shell' {
        It 'Search-IntercomConversation -Filter ... | Set-IntercomConversationAssignee -TeamId assigns every stale open conversation' {
            $fresh = Get-IntercomContact -First 1 | New-IntercomConversation -Body 'Still there?' -Confirm:$false
            Clear-FakeRequest $Server
            $assigned = Search-IntercomConversation -Filter $Stale | Set-IntercomConversationAssignee -TeamId 814866 -Confirm:$false
            @($assigned.Id) | Should -Be @('1', '2', '5')
            $assigned.TeamAssigneeId | Select-Object -Unique | Should -Be '814866'
            (Get-Sent POST '/conversations/*/parts').path | Should -Be @('/conversations/1/parts', '/conversations/2/parts', '/conversations/5/parts')
            Get-SentBody POST '/conversations/*/parts' | ForEach-Object { $_ | ConvertTo-Json -Compress } | Select-Object -Unique |
                Should -Be '{"message_type":"assignment","admin_id":"991267001","type":"team","assignee_id":"814866"}'
            (Search-IntercomConversation -Filter 'team_assignee_id -eq 814866').Id | Should -Not -Contain $fresh.ConversationId
            (Get-IntercomConversation -Id 2).AdminAssigneeId | Should -Be '991267002' -Because 'a team assignment leaves the admin'
        }

        It 'assigns to an admin with a message, as another admin; -AdminId 0 unassigns' {
            $conversation = Set-IntercomConversationAssignee -Id 1 -AdminId 991267003 -Body 'Yours, Alan' -ActingAdminId 991267002 -Confirm:$false
            $conversation.AdminAssigneeId | Should -Be '991267003'
            $part = $conversation.ConversationParts[-1]
            ($part.PartType, $part.AssignedTo.Id, $part.Author.Id, $part.Body) | Should -Be @('assignment', '991267003', '991267002', 'Yours, Alan')
            (Set-IntercomConversationAssignee -Id 1 -AdminId 0 -Confirm:$false).AdminAssigneeId | Should -BeNullOrEmpty
            { Set-IntercomConversationAssignee -Id 1 -TeamId 42 -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'team_not_found,*'
        }

        It '... | Close-IntercomConversation -Body closes them with that message; Open-IntercomConversation reopens' {
            $closed = Search-IntercomConversation -Filter $Stale | Close-IntercomConversation -Body 'Closing stale thread' -Confirm:$false
            $closed.State | Select-Object -Unique | Should -Be 'closed'
            $closed[0].ConversationParts[-1].Body | Should -Be 'Closing stale thread'
            (Get-SentBody POST '/conversations/1/parts') | ConvertTo-Json -Compress | Should -Be '{"message_type":"close","admin_id":"991267001","type":"admin","body":"Closing stale thread"}'
            @(Search-IntercomConversation -Filter "state -eq 'open'").Count | Should -Be 0
            $reopened = Open-IntercomConversation -Id 1 -Confirm:$false
            $reopened.State | Should -Be 'open'
            $reopened.Statistics.CountReopens | Should -Be 1
        }

        It 'snoozes until a DateTimeOffset, sent as unix seconds; opening wakes it' {
            $until = [datetimeoffset]::new(2030, 3, 1, 9, 0, 0, [timespan]::FromHours(1))
            $snoozed = Suspend-IntercomConversation -Id 1 -Until $until -Confirm:$false
            ($snoozed.State, $snoozed.SnoozedUntil) | Should -Be @('snoozed', $until)
            (Get-SentBody POST '/conversations/1/parts').snoozed_until | Should -Be $until.ToUnixTimeSeconds()
            $woken = Get-IntercomConversation -Id 4 | Open-IntercomConversation -Confirm:$false
            $woken.State | Should -Be 'open'
            $woken.SnoozedUntil | Should -BeNullOrEmpty
        }

        It 'a snooze time in the past fails before any request, naming -Until' {
            $err = $null
            try { Suspend-IntercomConversation -Id 1 -Until (Get-Date).AddMinutes(-1) -Confirm:$false -ErrorAction Stop } catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -BeLike 'UntilNotInFuture,*'
            $err.Exception.Message | Should -Match '-Until'
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'runs the assignment rules with a deprecation warning' {
            $warnings = $null
            $conversation = Set-IntercomConversationAssignee -Id 5 -UseAssignmentRules -Confirm:$false -WarningVariable warnings -WarningAction SilentlyContinue
            $warnings[0] | Should -Match '31 December 2026'
            $conversation.TeamAssigneeId | Should -Be '814865'
            (Get-Sent POST '/conversations/5/run_assignment_rules').Count | Should -Be 1
        }

        It 'a change that fails is an error for that conversation; the next one goes on' {
            $errors = $null
            $closed = '1', '99', '2' | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Close-IntercomConversation -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            @($closed.Id) | Should -Be @('1', '2')
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be '99'
        }

        It '-ThrottleLimit runs changes at once and writes them in input order' {
            $all = Get-IntercomConversation
            $out = $all | Close-IntercomConversation -ThrottleLimit 4 -Confirm:$false
            @($out.Id) | Should -Be @($all.Id)
        }
    }

    Describe 'Replies' {
        It 'replies as the connected admin by default, which ends the wait' {
            $conversation = Get-IntercomConversation -Id 1 | Send-IntercomConversationReply -Body 'We are on it.' -Confirm:$false
            $body = Get-SentBody POST '/conversations/1/reply'
            ($body.type, $body.admin_id, $body.message_type) | Should -Be @('admin', $Me, 'comment')
            $conversation.ConversationParts[-1].Author.Id | Should -Be $Me
            $conversation.WaitingSince | Should -BeNullOrEmpty
        }

        It 'a note is only for admins and leaves the contact waiting' {
            $before = (Get-IntercomConversation -Id 1).WaitingSince
            $conversation = Send-IntercomConversationReply -Id 1 -Body '<b>VIP</b>' -MessageType note -AdminId 991267002 -Confirm:$false
            $conversation.ConversationParts[-1].PartType | Should -Be 'note'
            $conversation.WaitingSince | Should -Be $before
        }

        It 'replies on behalf of a contact by email, with attachments by URL, and reopens the conversation' {
            $contact = (Get-IntercomContact -First 3)[2]
            $urls = 'https://files.example.com/screenshot.png', 'https://files.example.com/log.txt'
            $conversation = Send-IntercomConversationReply -Id 3 -Email $contact.Email -Body 'It happened again' -AttachmentUrl $urls -CreatedAt '2026-01-02T03:04:05Z' -Confirm:$false
            $body = Get-SentBody POST '/conversations/3/reply'
            ($body.type, $body.email, $body.message_type, $body.created_at) | Should -Be @('user', $contact.Email, 'comment', 1767323045)
            $body.attachment_urls | Should -Be $urls
            $conversation.State | Should -Be 'open'
            $conversation.ConversationParts[-1].Attachments.Url | Should -Be $urls
        }

        It 'replies as a contact to their last conversation by Intercom id or by user id' {
            $contact = Get-IntercomContact -First 1
            $started = $contact | New-IntercomConversation -Body 'A second question' -Confirm:$false
            (Send-IntercomConversationReply -Id last -IntercomUserId $contact.Id -Body 'and a third' -Confirm:$false).Id | Should -Be $started.ConversationId
            (Send-IntercomConversationReply -Id 1 -UserId $contact.ExternalId -Body 'about the first' -Confirm:$false).ConversationParts[-1].Author.Id | Should -Be $contact.Id
        }

        It 'bad attachment URLs fail before any request, naming -AttachmentUrl' -ForEach @(
            @{ Why = 'not http'; Urls = @('ftp://files.example.com/a.png') }
            @{ Why = 'relative'; Urls = @('a.png') }
            @{ Why = 'eleven'; Urls = @(1..11 | ForEach-Object { "https://files.example.com/$_.png" }) }
        ) {
            $err = $null
            try { Send-IntercomConversationReply -Id 1 -Body 'x' -AttachmentUrl $Urls -Confirm:$false -ErrorAction Stop } catch { $err = $_ }
            $err.Exception.Message | Should -Match 'AttachmentUrl'
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Starting conversations and sending messages' {
        It 'a piped lead starts a conversation as a lead; its ConversationId gets the conversation' {
            $lead = Search-IntercomContact -Filter "role -eq 'lead'" -First 1
            $message = $lead | New-IntercomConversation -Body 'Do you deliver on Sundays?' -Subject 'Delivery' -AttachmentUrl 'https://files.example.com/map.png' -Confirm:$false
            $message.PSObject.TypeNames[0] | Should -Be 'IntercomPS.Message'
            (Get-SentBody POST '/conversations').from | ConvertTo-Json -Compress | Should -Be ('{"type":"lead","id":"' + $lead.Id + '"}')
            $conversation = Get-IntercomConversation -Id $message.ConversationId
            $conversation.Source.Author.Id | Should -Be $lead.Id
            $conversation.Source.Subject | Should -Be 'Delivery'
            $conversation.Source.Attachments.Name | Should -Be 'map.png'
            $conversation.WaitingSince | Should -Not -BeNullOrEmpty
        }

        It 'a conversation a contact starts can be tagged and untagged like a seeded one' {
            $tag = New-IntercomTag -Name 'followup' -Confirm:$false
            $message = Get-IntercomContact -First 1 | New-IntercomConversation -Body 'Is there a student discount?' -Confirm:$false
            [int] $message.ConversationId | Should -BeGreaterThan 5 -Because 'the seeded conversations are 1..5'
            $added = Add-IntercomConversationTag -Id $message.ConversationId -TagId $tag.Id -Confirm:$false
            $added.Name | Should -Be 'followup'
            (Get-SentBody POST "/conversations/$($message.ConversationId)/tags").admin_id | Should -Be $Me
            (Get-IntercomConversation -Id $message.ConversationId).Tags.Name | Should -Be @('followup')
            Remove-IntercomConversationTag -Id $message.ConversationId -TagId $tag.Id -Confirm:$false | Out-Null
            (Get-IntercomConversation -Id $message.ConversationId).Tags | Should -BeNullOrEmpty
        }

        It 'Get-IntercomContact ... | Send-IntercomMessage sends one message per contact, as the connected admin' {
            $contacts = Get-IntercomContact -First 5
            $messages = $contacts | Send-IntercomMessage -MessageType in_app -Body 'Our new plans are live' -Confirm:$false
            @($messages).Count | Should -Be 5
            $messages[0].Owner.Id | Should -Be $Me
            $bodies = Get-SentBody POST '/messages'
            @($bodies.to.id) | Should -Be @($contacts.Id)
            @($bodies.to.type) | Should -Be @($contacts.Role)
            $bodies[0].from | ConvertTo-Json -Compress | Should -Be ('{"type":"admin","id":' + $Me + '}')
            $messages | Where-Object ConversationId | Should -BeNullOrEmpty -Because 'the conversation starts when the contact replies'
        }

        It 'a contact that cannot be messaged is an error of its own; the others are sent' {
            $contacts = Get-IntercomContact -First 2
            $errors = $null
            $targets = $contacts[0], [pscustomobject]@{ Id = '659200816e56a257ffffffff'; Role = 'user' }, $contacts[1]
            $messages = $targets | Send-IntercomMessage -MessageType in_app -Body 'Hi' -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            @($messages).Count | Should -Be 2
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be '659200816e56a257ffffffff'
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'an email has a subject and a template (plain by default) and can open the conversation at once' {
            $contact = Get-IntercomContact -First 1
            $message = $contact | Send-IntercomMessage -MessageType email -Subject 'Your renewal' -Body 'Hi!' -FromId 991267002 -CreateConversationWithoutContactReply -Confirm:$false
            $body = Get-SentBody POST '/messages'
            ($body.template, $body.subject, $body.from.id, $body.create_conversation_without_contact_reply) | Should -Be @('plain', 'Your renewal', 991267002, $true)
            $message.MessageType | Should -Be 'email'
            (Get-IntercomConversation -Id $message.ConversationId).Source.Author.Id | Should -Be '991267002'
        }

        It 'an email without -Subject fails before any request, naming -Subject' {
            $err = $null
            try { Get-IntercomContact -First 1 | Send-IntercomMessage -MessageType email -Body 'Hi' -Confirm:$false -ErrorAction Stop } catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -BeLike 'SubjectRequired,*'
            $err.Exception.Message | Should -Match '-Subject'
            @(Get-Sent POST '/messages').Count | Should -Be 0
        }
    }

    Describe 'Changing, contacts, redaction and tickets' {
        It 'Set-IntercomConversation sends only the bound fields, and an explicit $null clears one' {
            $conversation = Get-IntercomConversation -Id 1 | Set-IntercomConversation -Read $true -Title 'VAT' -CustomAttribute @{ issue_type = 'Billing'; priority = 'High' } -Confirm:$false
            ($conversation.Read, $conversation.Title, $conversation.CustomAttributes.issue_type) | Should -Be @($true, 'VAT', 'Billing')
            Clear-FakeRequest $Server
            $after = Get-IntercomConversation -Id 1 | Set-IntercomConversation -Title $null -CustomAttribute @{ priority = $null } -Confirm:$false
            (Get-Sent PUT '/conversations/1')[0].body | Should -Be '{"title":null,"custom_attributes":{"priority":null}}'
            $after.Title | Should -BeNullOrEmpty
            $after.Read | Should -BeTrue
            $after.CustomAttributes.Keys | Should -Be @('issue_type')
        }

        It 'Set-IntercomConversation with nothing to change fails before any request' {
            { Set-IntercomConversation -Id 1 -ErrorAction Stop } | Should -Throw -ErrorId 'NothingToChange,*'
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'adds contacts by id and by a new email (a lead is created), removes one, and keeps the last' {
            $other = (Get-IntercomContact -First 7)[6]
            $added = Add-IntercomConversationContact -Id 1 -ContactId $other.Id -Confirm:$false
            $added.PSObject.TypeNames[0] | Should -Be 'IntercomPS.ConversationContacts'
            ($added.Id, $added.Contacts.Count) | Should -Be @('1', 2)
            (Get-SentBody POST '/conversations/1/customers') | ConvertTo-Json -Compress | Should -Be ('{"admin_id":"' + $Me + '","customer":{"intercom_user_id":"' + $other.Id + '"}}')
            $withLead = Add-IntercomConversationContact -Id 1 -Email 'new.person@example.org' -Confirm:$false
            $withLead.Contacts[-1].Type | Should -Be 'lead'
            $first = (Get-IntercomConversation -Id 1).Contacts[0].Id
            $left = Remove-IntercomConversationContact -Id 1 -ContactId $first -Confirm:$false
            $left.Contacts.Id | Should -Not -Contain $first
            (Get-Sent DELETE "/conversations/1/customers/$first")[0].body | Should -Be ('{"admin_id":"' + $Me + '"}')
            $errors = $null
            1..2 | ForEach-Object { Remove-IntercomConversationContact -Id 1 -ContactId (Get-IntercomConversation -Id 1).Contacts[0].Id -Confirm:$false -ErrorVariable +errors -ErrorAction SilentlyContinue } | Out-Null
            $errors.Count | Should -Be 1
            $errors[0].Exception.Message | Should -Match 'last customer'
        }

        It 'redacts a part with a card number; a part without a body or an admin''s source cannot be' {
            $conversation = Get-IntercomConversation -Id 2
            $card = $conversation.ConversationParts | Where-Object Body -match '4111'
            $redacted = $conversation | Clear-IntercomConversationPart -ConversationPartId $card.Id -Confirm:$false
            (Get-SentBody POST '/conversations/redact') | ConvertTo-Json -Compress | Should -Be ('{"type":"conversation_part","conversation_id":"2","conversation_part_id":"' + $card.Id + '"}')
            $part = $redacted.ConversationParts | Where-Object Id -eq $card.Id
            $part.Redacted | Should -BeTrue
            $part.Body | Should -Not -Match '4111'
            $closePart = (Get-IntercomConversation -Id 3).ConversationParts | Where-Object PartType -eq 'close'
            { Clear-IntercomConversationPart -Id 3 -ConversationPartId $closePart.Id -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'conversation_part_not_redactable,*'
            $message = Get-IntercomContact -First 1 | Send-IntercomMessage -MessageType in_app -Body 'x' -CreateConversationWithoutContactReply -Confirm:$false
            $adminStarted = Get-IntercomConversation -Id $message.ConversationId
            { $adminStarted | Clear-IntercomConversationPart -SourceId $adminStarted.Source.Id -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'conversation_part_not_redactable,*'
        }

        It 'redacts the source a contact wrote' {
            $conversation = Get-IntercomConversation -Id 1
            $redacted = $conversation | Clear-IntercomConversationPart -SourceId $conversation.Source.Id -Confirm:$false
            $redacted.Source.Redacted | Should -BeTrue
            (Get-SentBody POST '/conversations/redact').type | Should -Be 'source'
        }

        It 'converts a conversation to a ticket once; the ticket is there for the ticket cmdlets' {
            $ticket = Get-IntercomConversation -Id 2 | ConvertTo-IntercomTicket -TicketTypeId 81 -TicketAttribute @{ _default_title_ = 'Double charge' } -Confirm:$false
            $ticket.PSObject.TypeNames[0] | Should -Be 'IntercomPS.Ticket'
            $ticket.Title | Should -Be 'Double charge'
            $ticket.Contacts.Id | Should -Be (Get-IntercomConversation -Id 2).Contacts.Id
            (Get-SentBody POST '/conversations/2/convert') | ConvertTo-Json -Compress | Should -Be '{"ticket_type_id":"81","attributes":{"_default_title_":"Double charge"}}'
            ($ticket | Get-IntercomTicket).TicketType.Name | Should -Be 'Bug Report'
            (Get-IntercomConversation -Id 2).Ticket.Id | Should -Be $ticket.Id
            { ConvertTo-IntercomTicket -Id 2 -TicketTypeId 81 -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'parameter_invalid,*'
        }

        It 'a ticket type that is not for customers is refused, and the conversation stays a conversation' {
            { ConvertTo-IntercomTicket -Id 1 -TicketTypeId 82 -Confirm:$false -ErrorAction Stop } | Should -Throw '*not a customer ticket type*'
            (Get-IntercomConversation -Id 1).Ticket | Should -BeNullOrEmpty
        }

        It '-WhatIf sends nothing for any change' {
            $conversation = Get-IntercomConversation -Id 1
            $contact = Get-IntercomContact -First 1
            Clear-FakeRequest $Server
            $conversation | Set-IntercomConversation -Read $true -WhatIf
            $conversation | Close-IntercomConversation -WhatIf
            $conversation | Open-IntercomConversation -WhatIf
            $conversation | Suspend-IntercomConversation -Until (Get-Date).AddDays(1) -WhatIf
            $conversation | Set-IntercomConversationAssignee -TeamId 42 -WhatIf
            $conversation | Set-IntercomConversationAssignee -UseAssignmentRules -WhatIf -WarningAction SilentlyContinue
            $conversation | Send-IntercomConversationReply -Body 'x' -WhatIf
            $conversation | Add-IntercomConversationContact -ContactId $contact.Id -WhatIf
            $conversation | Remove-IntercomConversationContact -ContactId $contact.Id -WhatIf
            $conversation | Clear-IntercomConversationPart -ConversationPartId 1 -WhatIf
            $conversation | Clear-IntercomConversationPart -SourceId $conversation.Source.Id -WhatIf
            $conversation | ConvertTo-IntercomTicket -TicketTypeId 1 -WhatIf
            $contact | New-IntercomConversation -Body 'x' -WhatIf
            $contact | Send-IntercomMessage -MessageType in_app -Body 'x' -WhatIf
            Send-IntercomPhoneSwitch -Phone '+353871234567' -WhatIf
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Phone switch' {
        It 'texts a contact''s number and sets custom attributes on that contact' {
            $contact = Get-IntercomContact -First 1
            $switch = $contact | Send-IntercomPhoneSwitch -CustomAttribute @{ call_reason = 'billing' } -Confirm:$false
            $switch.PSObject.TypeNames[0] | Should -Be 'IntercomPS.PhoneSwitch'
            $switch.Phone | Should -Be $contact.Phone
            $switch.Url | Should -Match '^http://via\.intercom\.io/msgr/.+'
            (Get-IntercomContact -Id $contact.Id).CustomAttributes.call_reason | Should -Be 'billing'
        }

        It 'piped contacts without a phone are errors of their own; the others are texted' {
            $errors = $null
            $switches = Get-IntercomContact -First 4 | Send-IntercomPhoneSwitch -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            @($switches.Phone) | Should -Be @((Get-IntercomContact -First 4 | Where-Object Phone).Phone)
            $errors.Count | Should -Be 2
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
            @(Get-Sent POST '/phone_call_redirects').Count | Should -Be 2
        }

        It 'a number Intercom refuses is an error with its error_key; a number not in E.164 form fails before any request' {
            { Send-IntercomPhoneSwitch -Phone '+9995550100' -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'invalid_phone_number,*'
            Clear-FakeRequest $Server
            $err = $null
            try { Send-IntercomPhoneSwitch -Phone '087 123 4567' -Confirm:$false -ErrorAction Stop } catch { $err = $_ }
            $err.Exception.Message | Should -Match "'Phone'.*E\.164"
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }
}

Describe 'Conversation cmdlet metadata' {
    It '<Name> has ConfirmImpact <Impact>' -ForEach @(
        @{ Name = 'Clear-IntercomConversationPart'; Impact = 'High' }
        @{ Name = 'ConvertTo-IntercomTicket'; Impact = 'High' }
        @{ Name = 'Send-IntercomPhoneSwitch'; Impact = 'High' }
        @{ Name = 'Close-IntercomConversation'; Impact = 'Medium' }
        @{ Name = 'Set-IntercomConversationAssignee'; Impact = 'Medium' }
        @{ Name = 'Send-IntercomMessage'; Impact = 'Medium' }
    ) {
        Get-ConfirmImpact $Name | Should -Be $Impact
    }

    It 'the conversation change cmdlets bind only -Id from the pipeline' -ForEach @(
        'Set-IntercomConversation', 'Close-IntercomConversation', 'Send-IntercomConversationReply', 'Set-IntercomConversationAssignee', 'ConvertTo-IntercomTicket'
    ) {
        $bound = (Get-Command $_).Parameters.Values | Where-Object { $_.Attributes.Where({ $_ -is [System.Management.Automation.ParameterAttribute] -and $_.ValueFromPipelineByPropertyName }) }
        $bound.Name | Should -Be 'Id'
    }
}
