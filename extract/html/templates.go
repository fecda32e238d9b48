package html

import (
	"html/template"
	"strconv"
	"sync"
)

// templates are the article pages' templates, parsed on first use: a
// program that links the package and writes no page does not parse them.
var templates = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("").Funcs(template.FuncMap{
		"score": func(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) },
	}).Parse(`
{{- define "head" -}}
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} · Readout</title>
<style>{{.Style}}</style>
</head>
<body class="ro-page">
{{- end}}

{{- define "page" -}}
{{template "head" .}}
{{template "view" .}}
<script>{{.Script}}</script>
</body>
</html>
{{end -}}

{{- define "fragment" -}}
<style>{{.Style}}</style>
{{template "view" .}}
<script>{{.Script}}</script>
{{end -}}

{{- define "view" -}}
<div class="ro-view">
<header class="ro-sum">
<h2 class="ro-title">{{.Title}}</h2>
<p class="ro-meta">
{{- if .Dateline}}<span>Dateline <b>{{.Dateline.Text}}</b> ({{.Place}})</span>{{else}}<span>No dateline</span>{{end}}
{{- if .Published}} <span>Published <b>{{.Published}}</b></span>{{else}} <span>No publication date stated</span>{{end}}
{{- if .Boilerplate}} <span class="ro-dim">{{.Boilerplate}} boilerplate line{{if ne .Boilerplate 1}}s{{end}} dimmed</span>{{end}}</p>
<p class="ro-legend"><span class="m per">person</span> <span class="m cty">country</span> <span class="m org">organisation</span> <span class="m dl">dateline</span> <span class="sent topic ro-key">topic evidence</span> <span class="bp">boilerplate</span></p>
<div class="ro-grid">
<section class="ro-people"><h3>People <small>{{len .People}}</small></h3>
{{- if .People}}
<ul>
{{- range .People}}
<li data-e="{{.ID}}"><b class="per-name">{{.Name}}</b>{{if .Country}} <span class="ro-cc">{{.Country}}</span>{{if .Source}} <small class="ro-src" title="country from {{if eq .Source "known"}}your known people{{else}}the corpus{{end}}">{{.Source}}</small>{{end}}{{end}}{{if .Offices}}<br><span class="ro-office">{{.Offices}}</span>{{end}} <small>{{.Mentions}}×</small></li>
{{- end}}
</ul>
{{- else}}<p class="ro-none">No people found.</p>{{end}}
</section>
<section class="ro-events"><h3>Events <small>{{len .Events}}</small></h3>
{{- if .Events}}
<ol>
{{- range .Events}}
<li><a href="#ro-{{.Sentence}}" data-s="{{.Sentence}}">{{if .From}}<b>{{.From}}</b> → {{end}}{{.To}}</a> <span class="ro-type">{{.Type}}</span> <span class="ro-date">{{.Date}}</span></li>
{{- end}}
</ol>
{{- else}}<p class="ro-none">No calls, meetings or letters found.</p>{{end}}
</section>
<section class="ro-topics"><h3>Topics <small>{{len .Topics}}</small></h3>
{{- if .Topics}}
<ul>
{{- range .Topics}}
<li><span class="ro-label">{{.Label}}</span> <span class="ro-score"><meter min="0" max="1" value="{{score .Score}}"></meter> {{score .Score}}</span></li>
{{- end}}
</ul>
{{- else}}<p class="ro-none">No topics found.</p>{{end}}
</section>
<section class="ro-places"><h3>Countries <small>{{len .Countries}}</small></h3>
{{- if .Countries}}
<p>{{range .Countries}}<span class="ro-chip cty" data-e="{{.ID}}">{{.Name}} <small>{{.Detail}} · {{.Mentions}}×</small></span> {{end}}</p>
{{- else}}<p class="ro-none">No countries found.</p>{{end}}
{{- if .Orgs}}
<h3>Organisations <small>{{len .Orgs}}</small></h3>
<p>{{range .Orgs}}<span class="ro-chip org" data-e="{{.ID}}">{{.Name}}{{if .Detail}} <small>{{.Detail}}</small>{{end}}</span> {{end}}</p>
{{- end}}
</section>
</div>
</header>
{{if .Quoted}}<p class="ro-quoted">The text of this article was not at hand when this page was written: these are the sentences its result quotes, the evidence of its engagements and topics, with what was found in them.</p>
{{end}}<div class="ro-text">{{.Body}}</div>
</div>
{{end -}}

{{- define "index" -}}
{{template "head" .}}
<div class="ro-view ro-index">
<h2>{{.Title}}</h2>
<table>
<thead><tr><th>Article</th><th>People</th><th>Events</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr><td><a href="{{.Href}}">{{.ID}}</a></td>
{{- if .Err}}<td colspan="2" class="ro-err">{{.Err}}</td>{{else}}
<td>{{range $i, $p := .People}}{{if $i}}, {{end}}{{$p}}{{else}}<span class="ro-none">none</span>{{end}}</td>
<td>{{range .Events}}<div>{{.}}</div>{{else}}<span class="ro-none">none</span>{{end}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
</div>
</body>
</html>
{{end -}}
`))
})
