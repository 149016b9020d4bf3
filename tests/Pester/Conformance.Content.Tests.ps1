# Spec conformance of the article, help center and news cmdlets: each operation (and body variant) called through its
# cmdlet against Prism serving the official API description (see Conformance.Tests.ps1). A request that breaks the
# description gets a 4xx, which -ErrorAction Stop turns into a failure; the example answers must deserialize into the
# declared output type.
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
    @{ Operation = 'listArticles'; Type = 'IntercomPS.Article'; Call = { param($e) Get-IntercomArticle -PageSize 25 @e } }
    @{ Operation = 'retrieveArticle'; Type = 'IntercomPS.Article'; Call = { param($e) Get-IntercomArticle -Id 45 @e } }
    @{ Operation = 'searchArticles'; Type = 'IntercomPS.Article'; Call = { param($e) Search-IntercomArticle -Phrase 'Getting started' -State published @e } }
    @{ Operation = 'searchArticles (in a help center, highlighted)'; Type = 'IntercomPS.Article'; Call = { param($e) [pscustomobject]@{ Id = '123' } | Search-IntercomArticle -Phrase 'Getting started' -State all -Highlight @e } }
    @{ Operation = 'createArticle'; Type = 'IntercomPS.Article'; Call = { param($e) New-IntercomArticle -Title 'Thanks for everything' -Confirm:$false @e } }
    @{ Operation = 'createArticle (every field, translated)'; Type = 'IntercomPS.Article'; Call = {
            param($e)
            New-IntercomArticle -Title 'Thanks for everything' -Description 'Description of the Article' -Body 'Body of the Article' -AuthorId 991267407 `
                -State published -ParentId 145 -ParentType collection -Confirm:$false @e `
                -TranslatedContent @{ fr = @{ title = 'Merci pour tout'; description = "Description de l'article"; body = "Corps de l'article"; author_id = 991267407; state = 'published' } }
        }
    }
    @{ Operation = 'updateArticle'; Type = 'IntercomPS.Article'; Call = { param($e) Set-IntercomArticle -Id 48 -Title 'Christmas is here!' -Body '<p>New gifts in store for the jolly season</p>' -Confirm:$false @e } }
    @{ Operation = 'updateArticle (moved, translated)'; Type = 'IntercomPS.Article'; Call = {
            param($e)
            Set-IntercomArticle -Id 48 -ParentId 151 -ParentType section -State draft -AuthorId 991267418 -Confirm:$false @e `
                -TranslatedContent @{ de = @{ title = 'Weihnachten'; description = ''; body = '<p>Hallo</p>'; author_id = 991267418; state = 'draft' } }
        }
    }
    @{ Operation = 'deleteArticle'; Type = 'IntercomPS.DeletedObject'; Call = { param($e) Remove-IntercomArticle -Id 51 -PassThru -Confirm:$false @e } }
    @{ Operation = 'listHelpCenters'; Type = 'IntercomPS.HelpCenter'; Empty = $true; Call = { param($e) Get-IntercomHelpCenter -PageSize 10 @e } }
    @{ Operation = 'retrieveHelpCenter'; Type = 'IntercomPS.HelpCenter'; Call = { param($e) Get-IntercomHelpCenter -Id 93 @e } }
    @{ Operation = 'listAllCollections'; Type = 'IntercomPS.HelpCenterCollection'; Call = { param($e) Get-IntercomHelpCenterCollection -PageSize 20 @e } }
    @{ Operation = 'retrieveCollection'; Type = 'IntercomPS.HelpCenterCollection'; Call = { param($e) Get-IntercomHelpCenterCollection -Id 170 @e } }
    @{ Operation = 'createCollection'; Type = 'IntercomPS.HelpCenterCollection'; Call = { param($e) New-IntercomHelpCenterCollection -Name 'Thanks for everything' -Confirm:$false @e } }
    @{ Operation = 'createCollection (section in a help center, translated)'; Type = 'IntercomPS.HelpCenterCollection'; Call = {
            param($e)
            [pscustomobject]@{ Id = '81' } | New-IntercomHelpCenterCollection -Name 'Invoices' -Description 'Paying us' -ParentId 165 -Confirm:$false @e `
                -TranslatedContent @{ fr = @{ name = 'Factures'; description = 'Nous payer' } }
        }
    }
    @{ Operation = 'updateCollection'; Type = 'IntercomPS.HelpCenterCollection'; Call = { param($e) Set-IntercomHelpCenterCollection -Id 176 -Name 'Update collection name' -Description 'Everything' -Confirm:$false @e } }
    @{ Operation = 'updateCollection (to top level, translated)'; Type = 'IntercomPS.HelpCenterCollection'; Call = {
            param($e) Set-IntercomHelpCenterCollection -Id 176 -ParentId $null -TranslatedContent @{ fr = @{ name = 'Tout'; description = '' } } -Confirm:$false @e
        }
    }
    @{ Operation = 'deleteCollection'; Type = 'IntercomPS.DeletedObject'; Call = { param($e) Remove-IntercomHelpCenterCollection -Id 182 -PassThru -Confirm:$false @e } }
    @{ Operation = 'listNewsItems'; Type = 'IntercomPS.NewsItem'; Call = { param($e) Get-IntercomNewsItem @e } }
    @{ Operation = 'retrieveNewsItem'; Type = 'IntercomPS.NewsItem'; Call = { param($e) Get-IntercomNewsItem -Id 34 @e } }
    @{ Operation = 'createNewsItem'; Type = 'IntercomPS.NewsItem'; Call = { param($e) New-IntercomNewsItem -Title 'Halloween is here!' -Confirm:$false @e } }
    @{ Operation = 'createNewsItem (every field, published)'; Type = 'IntercomPS.NewsItem'; Call = {
            param($e)
            New-IntercomNewsItem -Title 'Halloween is here!' -Body '<p>New costumes in store for this spooky season</p>' -SenderId 991267734 -State live `
                -DeliverSilently -Label Product, Update, New -Reaction '😆', '😅' -NewsfeedId 53 -PublishedAt 1664638214 -Confirm:$false @e
        }
    }
    @{ Operation = 'updateNewsItem'; Type = 'IntercomPS.NewsItem'; Call = { param($e) Set-IntercomNewsItem -Id 37 -Title 'Christmas is here!' -SenderId 991267745 -Reaction '😝', '😂' -Confirm:$false @e } }
    @{ Operation = 'updateNewsItem (partial: title and sender read first)'; Type = 'IntercomPS.NewsItem'; Call = { param($e) Set-IntercomNewsItem -Id 37 -State draft -DeliverSilently $false -NewsfeedId @() -Confirm:$false @e } }
    @{ Operation = 'deleteNewsItem'; Type = 'IntercomPS.DeletedObject'; Call = { param($e) Remove-IntercomNewsItem -Id 40 -PassThru -Confirm:$false @e } }
    @{ Operation = 'listNewsfeeds'; Type = 'IntercomPS.Newsfeed'; Call = { param($e) Get-IntercomNewsfeed @e } }
    @{ Operation = 'retrieveNewsfeed'; Type = 'IntercomPS.Newsfeed'; Call = { param($e) Get-IntercomNewsfeed -Id 72 @e } }
    @{ Operation = 'listLiveNewsfeedItems'; Type = 'IntercomPS.NewsItem'; Empty = $true; Call = { param($e) Get-IntercomNewsfeed -First 1 | Get-IntercomNewsfeedItem @e } }
) {
    It 'passes request validation and yields <Type>' {
        # -ErrorAction Stop: a rejection by Prism (a 4xx for a request that breaks the description) fails the test.
        Assert-ConformantOutput @(& $Call @{ ErrorAction = 'Stop' }) -Type $Type -Empty:$Empty -Key $Key
    }
}
