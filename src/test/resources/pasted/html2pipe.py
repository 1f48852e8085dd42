# Makes the row-per-line ("pipe") and cell-per-line ("cell") fixtures from an HTML sample, the way a browser copy
# of the page reads: cells under a rowspan are simply missing. usage: html2pipe.py SAMPLE.html pipe|cell (drop line 1)
import sys,re,html
from html.parser import HTMLParser
raw=open(sys.argv[1],'rb').read()
try: t=raw.decode('utf-8')
except: t=raw.decode('gb18030')
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.out=[]; s.row=None; s.cell=None; s.intable=0; s.para=[]; s.buf=''
    def handle_starttag(s,tag,a):
        if tag=='table': s.intable+=1; s.flush()
        elif tag=='tr': s.row=[]
        elif tag in('td','th'): s.cell=[]; s.buf=''
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
            s.row.append(''.join(s.cell) if sys.argv[2]=='pipe' else '\n'.join(s.cell)); s.cell=None; s.buf=''
        elif tag=='tr':
            if sys.argv[2]=='pipe': s.out.append(' | '.join(s.row)+' |')
            else:
                for c in s.row: s.out.append(c); s.out.append('|')
                s.out.append('')
            s.row=None
        elif tag=='table': s.intable-=1
        elif tag in ('p','div') and not s.intable: s.flush()
    def handle_data(s,d):
        s.buf+=re.sub(r'[\r\n\t]+',' ',d) if True else d
p=P(); p.feed(t); p.flush()
print('\n'.join(p.out))
