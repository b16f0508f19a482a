/// The page's colours, number formats, style sheet and script: everything inline, nothing
/// fetched (the page must open offline and be mailed as one file).
enum ReportStyle {
    /// One colour per frequent actor (colour-blind-safe Tableau 10 order); the others share
    /// `otherColour`.
    static let actorColours = [
        "#4e79a7", "#e15759", "#f28e2b", "#76b7b2", "#59a14f",
        "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
    ]
    static let otherColour = "#9a9a9a"

    /// Governorates shaded by killed, lightest (none) to darkest.
    static let shades = ["#f4f1ec", "#fde0c5", "#facba6", "#f59e72", "#e4624a", "#b9373a"]

    /// The shade for `killed` against the largest governorate's total: a square-root scale,
    /// so one governorate with huge figures does not leave all the others blank.
    static func shade(_ killed: Int, max: Int) -> String {
        guard killed > 0, max > 0 else { return shades[0] }
        let t = (Double(killed) / Double(max)).squareRoot()
        let i = 1 + Int((t * Double(shades.count - 2)).rounded())
        return shades[Swift.min(i, shades.count - 1)]
    }

    /// Pixels with one decimal: enough for a screen, and a smaller page.
    static func px(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static let css = """
        :root{--ink:#222;--muted:#666;--line:#ddd;--bg:#fff}
        body{font-family:"Noto Sans Arabic","DejaVu Sans",Tahoma,sans-serif;color:var(--ink);background:var(--bg);margin:0 auto;max-width:1320px;padding:16px 24px;line-height:1.5}
        h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.25em;border-bottom:2px solid var(--line);padding-bottom:.2em;margin-top:1.6em}
        .en{color:var(--muted);font-size:.9em;direction:ltr;unicode-bidi:isolate}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:.5em 0}
        dl.facts dt{font-weight:bold}dl.facts dd{margin:0}.sep{color:#aaa;margin:0 .4em}
        .row{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
        svg.chart{background:#fbfaf7;border:1px solid var(--line);max-width:100%;height:auto;direction:ltr}
        svg text{font-family:inherit}
        .legend{font-size:.9em;flex:1 1 260px;min-width:0}.legend label{display:block;cursor:pointer}
        .sw{display:inline-block;width:12px;height:12px;border-radius:50%;margin-inline-end:6px;vertical-align:middle}
        .sq{border-radius:2px}.hollow{background:none!important;border:2px solid #555;width:9px;height:9px}
        table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
        th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:start;vertical-align:top}
        td.n,th.n{text-align:end;direction:ltr;unicode-bidi:isolate}td.n{white-space:nowrap}
        table.wide td{overflow-wrap:break-word}td.ev{min-width:240px;max-width:460px}td.art{min-width:120px;max-width:220px}td.act{min-width:130px}td.pl{min-width:80px}td.d{white-space:nowrap}table.wide{width:100%}.unk{color:#b9373a}.note{color:var(--muted);font-size:.9em}
        #tip{position:fixed;pointer-events:none;background:#222;color:#fff;padding:6px 9px;border-radius:4px;font-size:.85em;white-space:pre-line;max-width:360px;z-index:9}
        .off{display:none}
        """

    /// Hover text in a box that follows the pointer: a map point's from the point table
    /// (`ReportMap.pointTable`), anything else's from its SVG <title> (which also works
    /// without script). The legend's check boxes show or hide an actor's points and bars.
    /// `data-js="ready"` on <body> tells a headless check that the script ran.
    static let script = """
        (function(){
        var D=JSON.parse(document.getElementById('pts').textContent),tip=document.getElementById('tip');
        var pts=document.querySelectorAll('circle.pt');
        pts.forEach(function(c,i){c.setAttribute('data-i',i)});
        function n(k,u){return k+(u?' (+'+u+' بلا رقم · unnumbered)':'')}
        function pt(i){var p=D.p[i],a=D.a[p[1]],s=D.pl[p[0]]+(p[10]?' (+'+p[10]+')':'')+' — '+a[1]+' · '+a[2]+'\\n';
        s+=p[2]?p[2]+(p[3]&&p[3]!==p[2]?' … '+p[3]:''):'بلا تاريخ · undated';
        if(p[5])s+=' ('+(p[4]>1?p[5]+' ':'')+'تقريبي · approximate)';
        s+='\\n'+p[4]+(p[4]>1?' events':' event')+' · أحداث; قتلى · killed '+n(p[6],p[7])+'; جرحى · wounded '+n(p[8],p[9]);
        if(p[11])s+='\\nالمحافظة فقط · governorate only';return s}
        document.addEventListener('mousemove',function(e){
        var t=e.target.closest?e.target.closest('circle.pt,[data-tip]'):null;
        if(!t){tip.hidden=true;return}
        if(t.hasAttribute('data-i'))tip.textContent=pt(+t.getAttribute('data-i'));
        else{var ti=t.querySelector('title');tip.textContent=ti?ti.textContent:''}
        tip.hidden=false;tip.style.left=(e.clientX+14)+'px';tip.style.top=(e.clientY+14)+'px'});
        document.querySelectorAll('input[data-actor]').forEach(function(b){
        b.addEventListener('change',function(){
        document.querySelectorAll('.'+b.dataset.actor).forEach(function(n){n.classList.toggle('off',!b.checked)})})});
        document.getElementById('shown').textContent=pts.length;
        document.body.setAttribute('data-js','ready');
        })();
        """
}
