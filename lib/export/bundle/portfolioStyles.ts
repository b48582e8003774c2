/**
 * The offline portfolio page's only styles, inlined so index.html needs no
 * other file. Mobile first; text colours keep at least 7:1 contrast on white
 * (WCAG AAA), because a teacher may print it or show it on a dim projector.
 */
export const PORTFOLIO_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#f4f5f7}
a{color:#0b4f9c;text-decoration-thickness:1px;text-underline-offset:2px;overflow-wrap:anywhere}
a:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
.skip-link{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip-link:focus{left:.5rem;z-index:1}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.page{max-width:60rem;margin:0 auto;padding:1rem}
header.page-header{background:#12355b;color:#fff;padding:1.25rem 1rem}
header.page-header .page{padding:0 1rem}
header.page-header h1{margin:0 0 .25rem;font-size:1.6rem;line-height:1.2}
header.page-header p{margin:0;color:#f0f4f8}
section,article{overflow-wrap:break-word}
.card{background:#fff;border:1px solid #d0d5dc;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
h2{font-size:1.35rem;margin:1.5rem 0 .75rem;line-height:1.25}
h3{font-size:1.15rem;margin:0 0 .5rem;line-height:1.3}
h4{font-size:1rem;margin:1rem 0 .4rem}
.meta{color:#3d4451;font-size:.9rem;margin:0 0 .5rem}
.badge{display:inline-block;border:1px solid #5b6472;border-radius:999px;padding:0 .5rem;margin-right:.35rem;font-size:.85rem;color:#1a1a1a;background:#fff}
.note{white-space:pre-wrap;margin:.5rem 0}
.steps{list-style:none;padding:0;margin:0}
.steps li{padding:.15rem 0}
.steps .mark{display:inline-block;width:1.4rem;font-weight:700}
.steps .done{color:#1d5e2b}
.timeline{list-style:none;margin:0;padding:0;border-left:3px solid #b8c2cf}
.timeline>li{position:relative;margin:0 0 1rem;padding:0 0 0 1rem}
.timeline>li::before{content:"";position:absolute;left:-.55rem;top:.45rem;width:.8rem;height:.8rem;border-radius:50%;background:#12355b;border:2px solid #fff}
.item{background:#fbfcfd;border:1px solid #d9dee5;border-radius:.4rem;padding:.75rem}
.item h4{margin-top:0}
.item img,.item video{display:block;max-width:100%;max-height:28rem;height:auto;object-fit:contain;border:1px solid #d0d5dc;border-radius:.25rem;background:#eef0f3}
.item video{width:100%}
.media{margin:.5rem 0}
.parts{margin:.25rem 0;padding-left:1.25rem}
.print-only,.item .print-only{display:none}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.5rem 0}
th,td{border:1px solid #b8c2cf;padding:.4rem .5rem;text-align:left;vertical-align:top}
td.count{text-align:right;font-variant-numeric:tabular-nums}
thead th{background:#e9edf2}
.skills dt{font-weight:600;margin-top:.5rem}
.skills dd{margin:0 0 .25rem}
footer{color:#3d4451;font-size:.85rem;padding:1rem 0 2rem}
@media (min-width:40rem){
  .page{padding:1.5rem}
  header.page-header h1{font-size:2rem}
}
@media print{
  body{background:#fff;font-size:11pt}
  .skip-link,nav.contents{display:none}
  header.page-header{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 .5rem}
  header.page-header p{color:#000}
  .page{max-width:none;padding:0}
  .card,.item{border-color:#999;break-inside:avoid}
  .goal{break-before:page}
  video,.item video{display:none}
  .print-only,.item .print-only{display:block}
  a{color:#000}
  a.external::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
  .table-wrap{overflow:visible}
  .timeline>li::before{background:#000}
}
`;
