# What a user does with help center content and news, end to end, against the stateful fake Intercom server.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
    $script:Server = Start-TestServer

    function Get-Sent([string] $Method, [string] $Path) {
        @(Get-FakeRequest $Server | Where-Object { $_.method -eq $Method -and $_.path -like $Path })
    }
    function Get-SentBody([string] $Method, [string] $Path) {
        (Get-Sent $Method $Path)[-1].body | ConvertFrom-Json -AsHashtable
    }
}

AfterAll { Stop-TestServer $Server }

Describe 'Help center content against the fake Intercom server' {
    BeforeEach {
        Reset-FakeServer $Server
        Connect-TestServer $Server
        Clear-FakeRequest $Server
    }

    Describe 'Reading articles' {
        It 'streams every article in the largest pages, or in pages of -PageSize' {
            $all = Get-IntercomArticle
            @($all).Count | Should -Be 30
            $all[0].PSObject.TypeNames[0] | Should -Be 'IntercomPS.Article'
            (Get-Sent GET '/articles').query | Should -Be 'page=1&per_page=150'
            Clear-FakeRequest $Server
            @(Get-IntercomArticle -PageSize 12).Count | Should -Be 30
            (Get-Sent GET '/articles').query | Should -Be @('page=1&per_page=12', 'page=2&per_page=12', 'page=3&per_page=12')
        }

        It '-First asks only for what it needs' {
            @(Get-IntercomArticle -First 4).Count | Should -Be 4
            (Get-Sent GET '/articles').query | Should -Be 'page=1&per_page=4'
        }

        It '-PageSize outside 1..150 is refused before any request' -ForEach @(0, 151) {
            { Get-IntercomArticle -PageSize $_ -ErrorAction Stop } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'gets piped articles by id with their statistics and translations; a missing one is an error for that id only' {
            $missing = [pscustomobject]@{ Id = '999' }
            $errors = $null
            $articles = [pscustomobject]@{ Id = '100' }, $missing, [pscustomobject]@{ ArticleId = '101' } | Get-IntercomArticle -ErrorVariable errors -ErrorAction SilentlyContinue
            @($articles.Id) | Should -Be @('100', '101')
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be '999'
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $articles[0].Statistics.Views | Should -Be 10
            $articles[0].TranslatedContent.fr.title | Should -Be 'Bien démarrer avec Acme'
            $articles[0].ParentId | Should -Be 10
            $articles[0].UpdatedAt | Should -BeOfType [datetimeoffset]
        }

        It 'shows an article''s parent and locales in its table' {
            Get-IntercomArticle -Id 100 | Format-Table | Out-String -Width 200 | Should -Match 'collection 10 +fr'
        }
    }

    Describe 'Output of <Name>' -ForEach @(
        @{ Name = 'articles'; Get = { Get-IntercomArticle -Id 100, 101 } }
        @{ Name = 'searched articles'; Get = { Search-IntercomArticle -Phrase 'API' -Highlight } }
        @{ Name = 'help centers'; Get = { Get-IntercomHelpCenter } }
        @{ Name = 'collections'; Get = { Get-IntercomHelpCenterCollection } }
        @{ Name = 'news items'; Get = { Get-IntercomNewsItem } }
        @{ Name = 'newsfeeds'; Get = { Get-IntercomNewsfeed } }
    ) {
        It 'exports to CSV with flat cells, and formats as a table and a list' {
            $objects = @(& $Get)
            $objects.Count | Should -BeGreaterThan 0
            ($objects | ConvertTo-Csv -NoTypeInformation) -join "`n" | Should -Not -Match 'System\.[A-Z]|IntercomPS\.[A-Z]'
            { $objects | Format-Table | Out-String } | Should -Not -Throw
            $objects | Format-List | Out-String | Should -Not -BeNullOrEmpty
        }
    }

    Describe 'Searching articles' {
        It 'sends the phrase and state, and reads the articles out of data.articles' {
            $found = Search-IntercomArticle 'invoice' -State Published
            @($found.Id) | Should -Be @('102', '112', '117', '122') -Because '107 and 127 are drafts'
            (Get-Sent GET '/articles/search').query | Should -Be 'phrase=invoice&state=published'
        }

        It 'searches each piped help center, and -Highlight attaches the matches to their articles' {
            $found = Get-IntercomHelpCenter -Id 2 | Search-IntercomArticle -Phrase 'API' -Highlight
            @($found).Count | Should -Be 6
            (Get-Sent GET '/articles/search').query | Should -Be 'phrase=API&help_center_id=2&highlight=true'
            $found[0].Highlight.PSObject.TypeNames[0] | Should -Be 'IntercomPS.ArticleSearchHighlight'
            $found[0].Highlight.ArticleId | Should -Be $found[0].Id
            $found[0].Highlight.HighlightedTitle.Type | Should -Be @('plain', 'highlight', 'plain')
            "$($found[0].Highlight)" | Should -Be 'Using the *API* (4)'
            (Search-IntercomArticle -Phrase 'API').Highlight | Where-Object { $null -ne $_ } | Should -BeNullOrEmpty
        }

        It 'warns when Intercom found more than its one page, and asks no further' {
            $warnings = $null
            $found = Search-IntercomArticle -Phrase 'step by step' -WarningVariable warnings -WarningAction SilentlyContinue
            @($found).Count | Should -Be 10
            "$warnings" | Should -Match 'found 30 articles and sent the first 10'
            (Get-Sent GET '/articles/search').Count | Should -Be 1
        }

        It 'an unknown -State is refused before any request' {
            { Search-IntercomArticle -State archived -ErrorAction Stop } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Writing articles' {
        It 'creates an article written by the connected admin, in a collection, with a translation' {
            $article = New-IntercomArticle -Title 'Exporting data' -Body '<p>Use the API.</p>' -State Published -ParentId 10 -Confirm:$false `
                -TranslatedContent @{ fr = @{ title = 'Exporter des données'; body = '<p>Utilisez l''API.</p>' } }
            $sent = Get-SentBody POST '/articles'
            $sent.author_id | Should -Be 991267001
            $sent.author_id | Should -BeOfType [long]
            $sent.parent_id | Should -BeOfType [long]
            $sent.state | Should -BeExactly 'published'
            $sent.translated_content.type | Should -Be 'article_translated_content'
            $sent.translated_content.fr.type | Should -Be 'article_content'
            $article.Id | Should -Be '130'
            $article.ParentType | Should -Be 'collection'
            (Get-IntercomArticle -Id $article.Id).TranslatedContent.fr.title | Should -Be 'Exporter des données'
        }

        It 'a locale that is not a set of fields is refused before any request, naming -TranslatedContent' {
            $err = $null
            try { New-IntercomArticle -Title 'x' -TranslatedContent @{ fr = 'Bonjour' } -Confirm:$false -ErrorAction Stop } catch { $err = $_ }
            $err.Exception.ParameterName | Should -Be 'TranslatedContent'
            $err.Exception.Message | Should -Match "locale 'fr'"
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'Set-IntercomArticle sends only the fields given, parent_id as the string the update takes' {
            $updated = Set-IntercomArticle -Id 101 -State draft -ParentId 12 -ParentType section -Confirm:$false
            (Get-Sent PUT '/articles/101')[0].body | Should -Be '{"state":"draft","parent_id":"12","parent_type":"section"}'
            $updated.State | Should -Be 'draft'
            $updated.ParentId | Should -Be 12
            $updated.Title | Should -Be 'Resetting your password (2)'
        }

        It 'a failing article is an error for that article; the next one goes on' {
            $errors = $null
            $done = '999', '101' | ForEach-Object { [pscustomobject]@{ Id = $_ } } |
                Set-IntercomArticle -State draft -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            @($done.Id) | Should -Be @('101')
            $errors[0].TargetObject | Should -Be '999'
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'Set-IntercomArticle with nothing to change fails before any request' {
            { Set-IntercomArticle -Id 101 -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'NothingToChange,*'
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'Remove-IntercomArticle deletes; -PassThru shows Intercom''s answer' {
            Remove-IntercomArticle -Id 100 -Confirm:$false | Should -BeNullOrEmpty
            { Get-IntercomArticle -Id 100 -ErrorAction Stop } | Should -Throw -ErrorId 'not_found,*'
            $answer = Get-IntercomArticle -Id 101 | Remove-IntercomArticle -PassThru -Confirm:$false
            $answer.PSObject.TypeNames[0] | Should -Be 'IntercomPS.DeletedObject'
            ($answer.Id, $answer.Object, $answer.Deleted) | Should -Be @('101', 'article', $true)
            @(Get-IntercomArticle).Count | Should -Be 28
        }
    }

    Describe 'Help center content as code' {
        It 'an article edited as JSON is piped back: its fields are sent and its translation kept' {
            $file = Join-Path $TestDrive 'article-100.json'
            Get-IntercomArticle -Id 100 | ConvertTo-Json -Depth 10 | Set-Content $file
            $definition = Get-Content $file -Raw | ConvertFrom-Json
            $definition.Title = 'Getting started, the quick way'
            $definition.TranslatedContent.fr.title = 'Bien démarrer, vite'
            $updated = $definition | Set-IntercomArticle -Confirm:$false
            $sent = Get-SentBody PUT '/articles/100'
            $sent.Keys | Sort-Object | Should -Be @('author_id', 'body', 'description', 'parent_id', 'parent_type', 'state', 'title', 'translated_content')
            $sent.parent_id | Should -BeExactly '10'
            $sent.translated_content.fr.Keys | Sort-Object | Should -Be @('author_id', 'body', 'description', 'state', 'title', 'type')
            $updated.Title | Should -Be 'Getting started, the quick way'
            (Get-IntercomArticle -Id 100).TranslatedContent.fr.title | Should -Be 'Bien démarrer, vite'
        }

        It 'a help center exported with Export-Clixml is recreated with Import-Clixml | New-IntercomArticle' {
            $file = Join-Path $TestDrive 'getting-started.xml'
            Get-IntercomArticle | Where-Object ParentId -EQ 10 | Export-Clixml $file
            Get-IntercomArticle | Where-Object ParentId -EQ 10 | Remove-IntercomArticle -Confirm:$false
            Clear-FakeRequest $Server
            $restored = Import-Clixml $file | New-IntercomArticle -Confirm:$false
            @($restored).Count | Should -Be 6
            (Get-Sent POST '/articles').Count | Should -Be 6
            @($restored.ParentId | Select-Object -Unique) | Should -Be @(10)
            ($restored | Where-Object Title -EQ 'Getting started with Acme (1)').TranslatedContent.fr.title | Should -Be 'Bien démarrer avec Acme'
            @($restored.State) | Should -Be @(Import-Clixml $file | ForEach-Object State)
        }

        It 'a piped article without a parent or with blank fields sends nothing for them' {
            $row = [pscustomobject]@{ Title = 'Standalone'; Body = ''; ParentId = $null; ParentType = $null; State = '' }
            $row | New-IntercomArticle -Confirm:$false | Out-Null
            (Get-SentBody POST '/articles').Keys | Sort-Object | Should -Be @('author_id', 'title')
        }
    }

    Describe 'Help centers and their collections' {
        It 'lists help centers in one request (a short page ends the list, there are no pages) and gets piped ones by id' {
            $centers = Get-IntercomHelpCenter
            @($centers.DisplayName) | Should -Be @('Acme Help', 'Acme Developers')
            (Get-Sent GET '/help_center/help_centers').query | Should -Be 'page=1&per_page=150'
            ($centers | Get-IntercomHelpCenter).Identifier | Should -Be @('acme', 'acme-developers')
        }

        It 'creates a collection in a piped help center, then a section in it' {
            $collection = Get-IntercomHelpCenter -Id 2 | New-IntercomHelpCenterCollection -Name 'SDKs' -Description 'Client libraries' -Confirm:$false
            $sent = Get-SentBody POST '/help_center/collections'
            $sent.help_center_id | Should -BeOfType [long]
            $sent.help_center_id | Should -Be 2
            $collection.HelpCenterId | Should -Be 2
            $section = New-IntercomHelpCenterCollection -Name 'PowerShell' -ParentId $collection.Id -Confirm:$false `
                -TranslatedContent @{ fr = @{ name = 'PowerShell'; description = 'En français' } }
            (Get-SentBody POST '/help_center/collections').translated_content.fr.type | Should -Be 'group_content'
            $section.ParentId | Should -Be $collection.Id
            $section.TranslatedContent.fr.description | Should -Be 'En français'
            (Get-IntercomHelpCenterCollection).Id | Should -Contain $section.Id
        }

        It 'Set-IntercomHelpCenterCollection sends only the fields given; -ParentId $null makes a section a collection' {
            $section = Get-IntercomHelpCenterCollection -Id 12 | Set-IntercomHelpCenterCollection -ParentId $null -Description 'All invoices' -Confirm:$false
            (Get-Sent PUT '/help_center/collections/12')[0].body | Should -Be '{"description":"All invoices","parent_id":null}'
            $section.ParentId | Should -BeNullOrEmpty
            $section.Name | Should -Be 'Invoices'
        }

        It 'Remove-IntercomHelpCenterCollection deletes; a missing collection is an error for that id only' {
            $errors = $null
            $answers = Remove-IntercomHelpCenterCollection -Id '13', '999', '10' -PassThru -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            @($answers.Id) | Should -Be @('13', '10')
            $errors[0].TargetObject | Should -Be '999'
            @(Get-IntercomHelpCenterCollection).Id | Should -Be @('12', '11')
        }
    }

    Describe 'News' {
        It 'publishes a news item in a newsfeed as the connected admin; it shows among the newsfeed''s live items' {
            $before = [datetimeoffset]::UtcNow.AddSeconds(-1)
            $item = New-IntercomNewsItem -Title 'Dark mode' -Body '<p>At last.</p>' -State live -NewsfeedId 2 -Label Product -Reaction '🎉' -Confirm:$false
            $sent = Get-SentBody POST '/news/news_items'
            $sent.sender_id | Should -Be 991267001
            $sent.newsfeed_assignments[0].newsfeed_id | Should -Be 2
            $sent.newsfeed_assignments[0].published_at | Should -BeGreaterOrEqual $before.ToUnixTimeSeconds()
            $item.NewsfeedAssignments[0].PublishedAt | Should -BeOfType [datetimeoffset]
            (Get-IntercomNewsfeed -Id 2 | Get-IntercomNewsfeedItem).Title | Should -Be @('Dark mode', 'API v3 is out')
        }

        It 'Set-IntercomNewsItem reads the item first to send its title and sender with a partial change' {
            $updated = Get-IntercomNewsItem -Id 3 | Set-IntercomNewsItem -State draft -Confirm:$false
            @(Get-Sent GET '/news/news_items/3').Count | Should -Be 2 -Because 'one GET piped the item in, one is Set-IntercomNewsItem''s'
            (Get-Sent PUT '/news/news_items/3')[0].body | Should -Be '{"state":"draft","title":"API v3 is out","sender_id":991267001}'
            $updated.Labels | Should -Be 'Product'
            (Get-IntercomNewsfeedItem -Id 2).Id | Should -Not -Contain '3'
        }

        It 'Set-IntercomNewsItem sends no read when title and sender are given; -NewsfeedId @() unpublishes everywhere' {
            Set-IntercomNewsItem -Id 1 -Title 'Welcome!' -SenderId 991267002 -NewsfeedId @() -Confirm:$false | Out-Null
            @(Get-Sent GET '/news/news_items/1').Count | Should -Be 0
            (Get-Sent PUT '/news/news_items/1')[0].body | Should -Be '{"title":"Welcome!","sender_id":991267002,"newsfeed_assignments":[]}'
            (Get-IntercomNewsfeedItem -Id 1).Id | Should -Be @('3')
        }

        It 'dates a publication with -PublishedAt, which must not be in the future nor come without -NewsfeedId' {
            New-IntercomNewsItem -Title 'Old news' -NewsfeedId 1 -PublishedAt '2023-05-01T00:00:00Z' -Confirm:$false | Out-Null
            (Get-SentBody POST '/news/news_items').newsfeed_assignments[0].published_at | Should -Be 1682899200
            Clear-FakeRequest $Server
            { New-IntercomNewsItem -Title 'x' -NewsfeedId 1 -PublishedAt ([datetimeoffset]::UtcNow.AddDays(1)) -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'PublishedAtInFuture,*'
            { Set-IntercomNewsItem -Id 1 -PublishedAt '2023-05-01' -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'PublishedAtWithoutNewsfeed,*'
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'Remove-IntercomNewsItem deletes piped items; a missing one is an error for that id only' {
            $errors = $null
            $answers = [pscustomobject]@{ Id = '2' }, [pscustomobject]@{ Id = '999' } | Remove-IntercomNewsItem -PassThru -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            ($answers.Id, $answers.Object) | Should -Be @('2', 'news-item')
            $errors[0].TargetObject | Should -Be '999'
            (Get-IntercomNewsItem).Id | Should -Be @('3', '1')
        }
    }

    It '-WhatIf sends nothing for any change' {
        $article = [pscustomobject]@{ Id = '100'; Title = 'x' }
        $article | New-IntercomArticle -WhatIf
        $article | Set-IntercomArticle -WhatIf
        $article | Remove-IntercomArticle -WhatIf
        [pscustomobject]@{ Id = '1' } | New-IntercomHelpCenterCollection -Name 'x' -WhatIf
        Set-IntercomHelpCenterCollection -Id 10 -Name 'x' -WhatIf
        Remove-IntercomHelpCenterCollection -Id 10 -WhatIf
        New-IntercomNewsItem -Title 'x' -WhatIf
        Set-IntercomNewsItem -Id 1 -State draft -WhatIf
        Remove-IntercomNewsItem -Id 1 -WhatIf
        @(Get-FakeRequest $Server).Count | Should -Be 0
    }
}

Describe 'Content cmdlet metadata' {
    It '<Name> has ConfirmImpact <Impact>' -ForEach @(
        @{ Name = 'Remove-IntercomArticle'; Impact = 'High' }
        @{ Name = 'Remove-IntercomHelpCenterCollection'; Impact = 'High' }
        @{ Name = 'Remove-IntercomNewsItem'; Impact = 'High' }
        @{ Name = 'New-IntercomArticle'; Impact = 'Medium' }
        @{ Name = 'Set-IntercomArticle'; Impact = 'Medium' }
        @{ Name = 'New-IntercomHelpCenterCollection'; Impact = 'Medium' }
        @{ Name = 'Set-IntercomHelpCenterCollection'; Impact = 'Medium' }
        @{ Name = 'New-IntercomNewsItem'; Impact = 'Medium' }
        @{ Name = 'Set-IntercomNewsItem'; Impact = 'Medium' }
    ) {
        Get-ConfirmImpact $Name | Should -Be $Impact
    }

    It 'the article fields bind from piped objects by the names articles carry' {
        $properties = (Get-Command Get-IntercomArticle).OutputType[0].Type.GetProperties().Name
        foreach ($command in 'New-IntercomArticle', 'Set-IntercomArticle') {
            $bound = (Get-Command $command).Parameters.Values | Where-Object { $_.Attributes.Where({ $_ -is [System.Management.Automation.ParameterAttribute] -and $_.ValueFromPipelineByPropertyName }) }
            $bound.Name | Where-Object { $_ -notin $properties } | Should -BeNullOrEmpty
        }
    }

    It '-State and -ParentType of the article cmdlets complete their wire values' {
        (TabExpansion2 -inputScript 'Set-IntercomArticle -State p' -cursorColumn 28).CompletionMatches.CompletionText | Should -Be 'published'
        (TabExpansion2 -inputScript 'New-IntercomArticle -ParentType s' -cursorColumn 33).CompletionMatches.CompletionText | Should -Be 'section'
        { Set-IntercomArticle -Id 1 -State archived -WhatIf -ErrorAction Stop } | Should -Throw '*State*archived*published, draft*'
    }
}
