package html

import (
	"html/template"
	"sync"
)

// corpusTemplate is the corpus page. Every table that the script redraws
// (pairs, matrix, people, engagements) has its rows written here exactly as
// corpus.js writes them, so that the page reads the same with scripts off.
// It is parsed on first use.
var corpusTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("").Funcs(template.FuncMap{
		"plural": plural,
	}).Parse(`{{define "corpus" -}}
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} · Readout</title>
<style>{{.Style}}</style>
</head>
<body class="ro-corpus">
<header class="ro-head">
<h1>{{.Title}}</h1>
<p class="ro-meta" id="ro-summary"><span>{{plural .Articles "article"}}{{if .Failed}} ({{.Failed}} failed){{end}}</span>
<span>{{plural .Engagements "engagement"}}</span>
<span>{{.People}} {{if eq .People 1}}person{{else}}people{{end}} engaged</span>
<span>{{plural .Pairs "pair"}} of countries</span>
{{- if .First}} <span>days {{.First}} to {{.Last}}</span>{{end}}</p>
<form class="ro-range" id="ro-range" hidden>
<label>From <input type="date" id="ro-from" min="{{.First}}" max="{{.Last}}"></label>
<label>to <input type="date" id="ro-to" min="{{.First}}" max="{{.Last}}"></label>
<button type="button" id="ro-all">All days</button>
<output id="ro-showing">{{plural .Engagements "engagement"}}</output>
</form>
</header>
<div class="ro-layout">
<main>
<section class="ro-box" id="timeline">
<h2>Engagements by day</h2>
<p class="ro-legend"><span class="ro-key call"></span>call <span class="ro-key meeting"></span>meeting <span class="ro-key letter"></span>letter
<span class="ro-hint" hidden>Drag across the days to filter everything below.</span></p>
{{- if .Timeline}}
<div class="ro-tl-wrap">{{.Timeline}}</div>
<p class="ro-note" id="ro-tl-counts">{{.Calls}} calls, {{.Meetings}} meetings, {{.Lett}} letters on {{plural (len .Days) "day"}}{{if .Undated}}; {{plural .Undated "engagement"}} with no day (neither the text nor the article's date fixes it): counted below while no range of days is chosen{{end}}.</p>
<details class="ro-days"><summary>The days as a table</summary>
<table><thead><tr><th>Day</th><th class="n">Calls</th><th class="n">Meetings</th><th class="n">Letters</th></tr></thead>
<tbody>{{range .Days}}<tr><td>{{.Date}}</td><td class="n">{{.Calls}}</td><td class="n">{{.Meetings}}</td><td class="n">{{.Letters}}</td></tr>{{end}}</tbody></table>
</details>
{{- else}}
<p class="ro-none">No engagement has a day{{if .Undated}} ({{plural .Undated "engagement"}} without one){{end}}.</p>
{{- end}}
</section>

<section class="ro-box" id="pairs">
<h2>Countries engaging countries</h2>
<p class="ro-note">Engagements between people of two countries, each person's country as the article gives it. <span class="ro-hint" hidden>Select a cell or a row to list its engagements.</span></p>
{{- if .PairRows}}
<div class="ro-cols">
<table class="ro-matrix" id="ro-matrix">
<thead><tr><th></th>{{range .Matrix.Codes}}<th scope="col">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Matrix.Rows}}
<tr><th scope="row" title="{{.Name}}">{{.Code}}</th>{{range .Cells}}{{if .Self}}<td class="self"></td>{{else if .N}}<td class="h{{.Heat}}" data-pair="{{.Pair}}" title="{{.Title}}">{{.N}}</td>{{else}}<td></td>{{end}}{{end}}</tr>
{{- end}}
</tbody>
</table>
<div class="ro-scroll">
<table class="ro-pairs" id="ro-pairs">
<thead><tr><th>Countries</th><th class="n">Engagements</th></tr></thead>
<tbody>
{{- range .PairRows}}
<tr data-pair="{{.Index}}"><td>{{.Names}} <small>{{.Pair}}</small></td><td class="n">{{.Engagements}}</td></tr>
{{- end}}
</tbody>
</table>
</div>
</div>
<p class="ro-note ro-more" id="ro-pairs-more">{{if gt .Pairs (len .PairRows)}}The {{len .PairRows}} pairs with the most engagements of {{.Pairs}}.{{end}}</p>
{{- else}}
<p class="ro-none">No engagement between people of two known countries.</p>
{{- end}}
</section>

<section class="ro-box" id="people">
<h2>People</h2>
{{- if .PeopleRows}}
<div class="ro-scroll">
<table class="ro-people" id="ro-people">
<thead><tr><th data-sort="0">Person</th><th data-sort="1">Country</th><th>Offices</th><th class="n" data-sort="2" aria-sort="descending">Engagements</th><th class="n" data-sort="3">Articles</th></tr></thead>
<tbody>
{{- range .PeopleRows}}
<tr data-person="{{.Index}}"><td>{{.Name}}</td><td>{{.Country}}</td><td>{{.Offices}}</td><td class="n">{{.Engagements}}</td><td class="n">{{.Articles}}</td></tr>
{{- end}}
</tbody>
</table>
</div>
<p class="ro-note ro-more" id="ro-people-more">{{if gt .People (len .PeopleRows)}}The {{len .PeopleRows}} people most engaged of {{.People}}.{{end}} Articles: those that report an engagement of theirs. <span class="ro-hint" hidden>Select a person to list their engagements; select a heading to sort.</span></p>
{{- else}}
<p class="ro-none">No engagements found.</p>
{{- end}}
</section>

<section class="ro-box" id="topics">
<h2>Topics over time</h2>
{{- if .TopicChart}}
<p class="ro-note">Articles per topic per week (weeks start on Monday), by publication date.</p>
<div class="ro-tl-wrap">{{.TopicChart}}</div>
{{- end}}
{{- if .Topics}}
<p class="ro-note" id="ro-topic-totals">{{range $i, $t := .Topics}}{{if $i}}, {{end}}<b>{{$t.Label}}</b> <span data-topic="{{$i}}">{{plural $t.Articles "article"}}</span>{{end}}{{if .TopicUndated}}<span id="ro-topic-undated">; of them {{plural .TopicUndated "article"}} with no publication date, not on the chart</span>{{end}}.</p>
{{- else}}
<p class="ro-none">No topics found.</p>
{{- end}}
</section>

</main>
<aside class="ro-box ro-side" id="engagements">
<h2>Engagements <small id="ro-selection">all, by day</small> <button type="button" id="ro-unselect" hidden>Show all</button></h2>
{{- if .EventRows}}
<div class="ro-scroll">
<table class="ro-events" id="ro-events">
<thead><tr><th>Day</th><th>Type</th><th>Who</th><th>Countries</th><th>Article</th></tr></thead>
<tbody>
{{- range .EventRows}}
<tr><td>{{.Date}}</td><td><span class="ro-type {{.Type}}">{{.Type}}</span></td><td>{{if .From}}<b>{{.From}}</b> → {{end}}{{.To}}</td><td>{{.Countries}}</td><td>{{if .Href}}<a href="{{.Href}}">{{.ID}}</a>{{else}}{{.ID}}{{end}}</td></tr>
{{- end}}
</tbody>
</table>
</div>
<p class="ro-note ro-more" id="ro-events-more">{{if gt .Engagements (len .EventRows)}}The first {{len .EventRows}} of {{.Engagements}} engagements.{{end}}</p>
<button type="button" id="ro-show-more" hidden>Show more</button>
{{- else}}
<p class="ro-none">No engagements found.</p>
{{- end}}
</aside>
</div>

<section class="ro-box" id="articles">
<h2>Articles <small>{{.Articles}}</small></h2>
{{template "articles" .}}
{{- if gt .Articles (len .ArticleRows)}}
<p class="ro-note">The first {{len .ArticleRows}} of {{.Articles}} articles, by id.{{if .ArticleList}} <a href="{{.ArticleList}}">All {{.Articles}} articles</a>.{{end}}</p>
{{- end}}
</section>
<script type="application/json" id="ro-data">{{.Data}}</script>
<script>{{.Script}}</script>
</body>
</html>
{{end -}}

{{- define "articles" -}}
<div class="ro-scroll ro-tall">
<table class="ro-articles">
<thead><tr><th>Article</th><th>Published</th><th class="n">People</th><th class="n">Engagements</th><th>Topics</th></tr></thead>
<tbody>
{{- range .ArticleRows}}
<tr><td>{{if .Href}}<a href="{{.Href}}">{{.ID}}</a>{{else}}{{.ID}}{{end}}</td>{{if .Err}}<td colspan="4" class="ro-err">{{.Err}}</td>{{else}}<td>{{.Published}}</td><td class="n">{{.People}}</td><td class="n">{{.Events}}</td><td>{{.Topics}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
</div>
{{- end}}

{{- define "list" -}}
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} · Readout</title>
<style>{{.Style}}</style>
</head>
<body class="ro-corpus ro-list">
<header class="ro-head">
<h1>{{.Title}}</h1>
<p class="ro-meta"><a href="index.html">The corpus page</a></p>
</header>
<section class="ro-box">
<h2>Articles <small>{{.Articles}}</small></h2>
{{template "articles" .}}
</section>
</body>
</html>
{{end -}}
`))
})
