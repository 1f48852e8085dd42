# usage: html2grid.py SAMPLE.html tsv|md  (Excel/WPS copy with blank merged cells, or a Markdown table)
# Expands rowspan/colspan into a full grid (blank where merged) and prints TSV (Excel copy) or Markdown.
import sys,re
from html.parser import HTMLParser
raw=open(sys.argv[1],'rb').read()
try: t=raw.decode('utf-8')
except: t=raw.decode('gb18030')
mode=sys.argv[2]
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.out=[]; s.rows=None; s.row=None; s.cell=None; s.buf=''; s.span=(1,1); s.intable=0
    def handle_starttag(s,tag,a):
        a=dict(a)
        if tag=='table': s.intable+=1; s.flush(); s.rows=[]
        elif tag=='tr': s.row=[]
        elif tag in('td','th'): s.cell=[]; s.buf=''; s.span=(int(a.get('rowspan') or 1),int(a.get('colspan') or 1))
        elif tag in('p','br','div') and s.cell is not None:
            if s.buf.strip(): s.cell.append(s.buf.strip())
            s.buf=''
        elif tag in ('p','div','br') and not s.intable: s.flush()
    def flush(s):
        if s.buf.strip() and s.cell is None: s.out.append(re.sub(r'\s+',' ',s.buf).strip())
        s.buf=''
    def handle_endtag(s,tag):
        if tag in('td','th'):
            if s.buf.strip(): s.cell.append(s.buf.strip())
            s.row.append((s.cell,)+s.span); s.cell=None; s.buf=''
        elif tag=='tr': s.rows.append(s.row); s.row=None
        elif tag=='table':
            s.intable-=1; s.emit(s.rows); s.rows=None
        elif tag in ('p','div') and not s.intable: s.flush()
    def handle_data(s,d): s.buf+=re.sub(r'[\r\n\t]+',' ',d)
    def emit(s,rows):
        grid={}; nrows=len(rows); width=0
        for r,row in enumerate(rows):
            c=0
            for (cell,rs,cs) in row:
                while (r,c) in grid: c+=1
                for dr in range(rs):
                    for dc in range(cs):
                        grid[(r+dr,c+dc)]=cell if dr==0 and dc==0 else None
                c+=cs
            width=max(width,c)
        for r in range(nrows):
            cells=[grid.get((r,c)) for c in range(width)]
            # a row that is one cell spanning the table (section row): Excel gives it in the first column
            if mode=='tsv':
                def q(cell):
                    if not cell: return ''
                    v='\n'.join(cell)
                    return '"'+v.replace('"','""')+'"' if '\n' in v or '"' in v else v
                s.out.append('\t'.join(q(x) for x in cells))
            else:
                s.out.append('| '+' | '.join('<br>'.join(x) if x else '' for x in cells)+' |')
                if r==0: s.out.append('|'+'---|'*width)
p=P(); p.feed(t); p.flush()
print('\n'.join(p.out[1:]))
