/** The page's only stylesheet, inlined. */
export const STYLES = `
:root { --designed: #1a7f37; --undesigned: #cf222e; --warning: #9a6700; --muted: #57606a; --line: #d0d7de; --bg-soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; }
header, main { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 19px; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 36px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
h4 { font-size: 13px; margin: 12px 0 4px; color: var(--muted); }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
a { color: #0969da; }
nav a { margin-right: 14px; }
.stats { display: flex; flex-wrap: wrap; gap: 10px; list-style: none; padding: 0; margin: 12px 0; }
.stats li { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; }
.stats strong { font-size: 18px; display: block; }
.count { color: var(--muted); font-weight: normal; font-size: 0.85em; }
.none { color: var(--muted); }
.legend span { margin-right: 16px; }
.legend .designed { color: var(--designed); } .legend .undesigned { color: var(--undesigned); }
.diagram-scroll { overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
.tier-diagram { display: block; font-family: system-ui, sans-serif; }
.tier-diagram .band rect { fill: #ffffff; }
.tier-diagram .band.odd rect { fill: var(--bg-soft); }
.tier-diagram .band.outside rect { fill: #fff8c5; }
.tier-diagram .band text { font-size: 13px; font-weight: 600; fill: var(--muted); }
.tier-diagram .node rect { fill: #ffffff; stroke: #8c959f; stroke-width: 1.2; }
.tier-diagram .node.kind-model-call rect { fill: #fff8c5; stroke-dasharray: 4 3; }
.tier-diagram .node text { text-anchor: middle; font-size: 12.5px; fill: #1f2328; }
.tier-diagram .node text.kind { font-size: 10.5px; fill: var(--muted); }
.tier-diagram .node.group { cursor: pointer; }
.tier-diagram .node.group rect { stroke-width: 2; fill: #f6f8fa; }
.tier-diagram .node.group:hover rect, .tier-diagram .node.group:focus rect { stroke: #0969da; }
.tier-diagram .node text.toggle { font-size: 11px; fill: #0969da; }
.tier-diagram .member-tie { fill: none; stroke: #8c959f; stroke-width: 1.2; stroke-dasharray: 2 3; }
.diagram-tools { font-size: 13px; color: var(--muted); }
.diagram-tools button { font: inherit; padding: 2px 10px; border: 1px solid var(--line); border-radius: 6px; background: #f6f8fa; cursor: pointer; }
.tier-diagram .edge path { fill: none; stroke-width: 2; }
.tier-diagram .edge.designed path { stroke: var(--designed); }
.tier-diagram .edge.undesigned path { stroke: var(--undesigned); stroke-dasharray: 6 4; }
.tier-diagram .edge:hover path, .tier-diagram .edge:focus path { stroke-width: 4; }
.tier-diagram .edge-label { font-size: 10.5px; fill: var(--muted); paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.tier-diagram .edge.undesigned .edge-label { fill: var(--undesigned); }
.tier-diagram marker.designed path { fill: var(--designed); }
.tier-diagram marker.undesigned path { fill: var(--undesigned); }
.filter input { margin-left: 6px; padding: 4px 8px; width: 320px; max-width: 100%; border: 1px solid var(--line); border-radius: 6px; }
#boundary-filter-count { margin-left: 12px; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin-top: 10px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: var(--bg-soft); white-space: nowrap; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
td.check, td.num { text-align: center; white-space: nowrap; }
td.check.pass, .checks .pass { color: var(--designed); } td.check.fail, .checks .fail { color: var(--undesigned); font-weight: 700; }
tr.undesigned td:first-child { border-left: 4px solid var(--undesigned); }
tr.designed td:first-child { border-left: 4px solid var(--designed); }
td.fields code { display: inline-block; margin: 1px 2px; }
.tier { color: var(--muted); font-size: 0.85em; }
.tier::before { content: "("; } .tier::after { content: ")"; }
details.boundary-detail { border: 1px solid var(--line); border-left: 4px solid var(--designed); border-radius: 6px; margin: 8px 0; padding: 6px 12px; }
details.boundary-detail.undesigned { border-left-color: var(--undesigned); }
details.boundary-detail summary { cursor: pointer; }
details.boundary-detail:target { box-shadow: 0 0 0 3px #54aeff66; }
.status, .kind { font-size: 0.85em; color: var(--muted); }
.undesigned > summary .status { color: var(--undesigned); font-weight: 600; }
.checks { display: flex; gap: 18px; list-style: none; padding: 0; }
.exposure-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.exposure { list-style: none; padding: 0; margin: 0; }
.exposure li.unread { color: var(--muted); }
.exposure li.unread span { color: var(--undesigned); font-size: 0.85em; }
.exposure li.read span { color: var(--designed); font-size: 0.85em; }
.trail { border: 1px solid var(--line); border-radius: 6px; padding: 4px 14px 10px; margin: 10px 0; }
.trail h3 .lost, .trail-steps .lost { color: var(--undesigned); }
.trail h3 .kept { color: var(--designed); }
.trail-steps { list-style: none; padding-left: 8px; margin: 6px 0; }
.trail-steps .crossing { padding-left: 18px; color: var(--muted); }
.trail-steps .crossing.lost { color: var(--undesigned); background: #ffebe9; border-radius: 4px; }
.trail-steps .after-loss { opacity: 0.5; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--undesigned); border-radius: 6px; padding: 4px 12px; margin: 10px 0; }
.finding.warning { border-left-color: var(--warning); }
.finding .severity { text-transform: uppercase; font-size: 11px; font-weight: 700; color: var(--undesigned); }
.finding.warning .severity { color: var(--warning); }
.finding .message { margin: 4px 0; }
pre.excerpt { background: var(--bg-soft); border-radius: 6px; padding: 8px 0; overflow-x: auto; tab-size: 4; }
pre.excerpt .line { display: block; padding: 0 12px 0 0; white-space: pre; }
pre.excerpt .line.hit { background: #fff8c5; }
pre.excerpt .ln { display: inline-block; width: 4.5em; padding-right: 1em; text-align: right; color: var(--muted); user-select: none; }
pre.excerpt mark { background: #ffd8b5; border-bottom: 2px solid var(--undesigned); }
footer { max-width: 1280px; margin: 40px auto; padding: 0 24px; color: var(--muted); font-size: 12px; }
`;
