package main

import "html/template"

// pageTemplate is the one page. The text area's first line break is
// written before the text: a parser drops a line break that opens it.
var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Readout: see what it reads</title>
<style>{{.Style}}</style>
</head>
<body>
<header class="top">
<h1>Readout</h1>
<p>Paste an English news article about diplomacy and read it: people, countries, topics and engagements, each at its place in the text.</p>
</header>
<main>
<form method="post" action="/" class="input">
<label for="text">Article <small>(up to {{.Limit}})</small></label>
<textarea id="text" name="text" rows="7" spellcheck="false" required>
{{.Text}}</textarea>
<p class="row"><button type="submit" id="read">Read it</button>
<span class="hint">Scripts can use <code>POST /extract</code> with the text as body.</span></p>
</form>
{{- if .Error}}
<p class="error" role="alert" id="error">{{.Error}}</p>
{{- end}}
{{- if .View}}
<div class="out">
<section class="view" aria-label="The view">{{.View}}</section>
<section class="json" aria-label="JSON">
<div class="bar"><h2>JSON</h2>
<button type="button" id="copy" hidden>Copy</button>
<a id="download" class="button" download="{{.ID}}.json" href="{{.DataURL}}">Download</a></div>
<pre id="json">{{.JSON}}</pre>
</section>
</div>
{{- end}}
</main>
<script>{{.Script}}</script>
</body>
</html>
`))
