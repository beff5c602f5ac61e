/** The report's stylesheet, inlined in a <style> element (the page loads nothing). */
export const STYLE = `
:root{--fg:#1c2430;--muted:#5b6675;--line:#dfe3e8;--bg:#fff;--panel:#f6f8fa;--accent:#2952a3;
--restricted:#c62828;--confidential:#e46c0a;--internal:#b08900;--public:#757575;
--critical:#7b1010;--high:#cf3a2b;--medium:#e8890c;--low:#3a8a4a}
*{box-sizing:border-box}
html{font-size:15px}
body{margin:0;color:var(--fg);background:var(--bg);line-height:1.45;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
header{padding:24px 32px 12px;border-bottom:1px solid var(--line);background:var(--panel)}
header h1{margin:0 0 4px;font-size:1.6rem}
header .meta{color:var(--muted);font-size:.9rem}
nav{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:8px 32px;display:flex;gap:18px;flex-wrap:wrap}
nav a{color:var(--accent);text-decoration:none;font-size:.92rem}
nav a:hover{text-decoration:underline}
main{padding:8px 32px 40px;max-width:1400px}
section{margin-top:28px}
h2{font-size:1.25rem;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:1.02rem;margin:18px 0 6px}
p.lead{font-size:1.05rem;max-width:70em}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:150px;background:var(--panel)}
.card .k{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.card .v{font-size:1.5rem;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:32px;align-items:flex-start}
.chart-label{font-size:12px;fill:var(--fg)}
.chart-value{font-size:12px;fill:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:6px 0 12px}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--panel);font-weight:600;white-space:nowrap}
th button{all:unset;cursor:pointer}
th button::after{content:" \\2195";color:#9aa3ad;font-size:.8em}
th[aria-sort=ascending] button::after{content:" \\25B2";color:var(--fg)}
th[aria-sort=descending] button::after{content:" \\25BC";color:var(--fg)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace;font-size:.85em}
.badge{display:inline-block;padding:1px 7px;border-radius:10px;font-size:.78rem;font-weight:600;color:#fff;white-space:nowrap}
.s-restricted{background:var(--restricted)}.s-confidential{background:var(--confidential)}
.s-internal{background:var(--internal)}.s-public{background:var(--public)}
.l-critical{background:var(--critical)}.l-high{background:var(--high)}.l-medium{background:var(--medium)}.l-low{background:var(--low)}
.heat td.cell{text-align:center;min-width:64px;font-variant-numeric:tabular-nums}
.heat td.h-restricted{background:#f4b4b0}.heat td.h-confidential{background:#fbd3a6}
.heat td.h-internal{background:#f7e7a1}.heat td.h-public{background:#e6e6e6}
.heat th.rot{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;height:9em;padding:4px 2px}
.heat td.score{color:#fff;font-weight:700;text-align:center}
.legend{display:flex;gap:14px;flex-wrap:wrap;font-size:.85rem;color:var(--muted);margin:4px 0}
.legend span::before{content:"";display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-2px;border-radius:2px;background:var(--c)}
details.asset{border:1px solid var(--line);border-radius:8px;margin:8px 0;background:#fff}
details.asset>summary{cursor:pointer;padding:8px 12px;display:flex;gap:10px;align-items:center;flex-wrap:wrap}
details.asset[open]>summary{border-bottom:1px solid var(--line);background:var(--panel)}
details.asset .body{padding:4px 14px 12px}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;font-size:.88rem}
.facts dt{color:var(--muted)}.facts dd{margin:0}
.why{color:var(--muted);font-size:.86rem}
.controls{display:flex;gap:10px;align-items:center;flex-wrap:wrap;margin:8px 0}
.controls input[type=search]{min-width:280px;padding:5px 8px;border:1px solid #b9c1ca;border-radius:6px;font:inherit}
.controls select{padding:4px 6px;border:1px solid #b9c1ca;border-radius:6px;font:inherit;background:#fff}
.count{color:var(--muted);font-size:.88rem}
.note{background:#fff8e1;border-left:4px solid #f0b400;padding:6px 10px;font-size:.88rem}
.legal-id{white-space:nowrap}
table.legal td:nth-child(2){white-space:nowrap}
footer{color:var(--muted);font-size:.82rem;padding:16px 32px;border-top:1px solid var(--line)}
tr[hidden]{display:none}
@media print{nav,.controls{display:none}details.asset{break-inside:avoid}}
`;
