#!/usr/bin/env python
"""Write README.md from nbs/index.ipynb, the docs home: the scripted stand-in for `nbdev_readme`,
which needs Quarto (not installable on our machines). `--check` fails if README.md is out of step."""
import argparse, base64, re, sys
from pathlib import Path
import nbformat

ROOT = Path(__file__).resolve().parents[1]
DIRECTIVE = re.compile(r'^\s*#\s*\|\s*(\S+)')

def _directives(src):
    return {m.group(1) for l in src.splitlines() if (m := DIRECTIVE.match(l))}

def _strip(src):
    return '\n'.join(l for l in src.splitlines() if not DIRECTIVE.match(l)).strip()

def render(nb_path=ROOT/'nbs'/'index.ipynb', img_dir='index_files'):
    "Markdown text of `nb_path` and the images it refers to, as {relative path: bytes}."
    nb = nbformat.read(nb_path, as_version=4)
    parts, images = [], {}
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == 'markdown':
            parts.append(cell.source.strip()); continue
        if cell.cell_type != 'code': continue
        ds = _directives(cell.source)
        if ds & {'hide', 'export', 'exporti'}: continue
        src = _strip(cell.source)
        if src and 'echo: false' not in cell.source: parts.append(f'```python\n{src}\n```')
        for j, out in enumerate(cell.get('outputs', [])):
            data = out.get('data', {})
            if out.get('output_type') == 'stream': parts.append('    ' + out['text'].rstrip().replace('\n', '\n    '))
            elif 'image/png' in data or 'image/jpeg' in data:
                mime, ext = ('image/png', 'png') if 'image/png' in data else ('image/jpeg', 'jpg')
                name = f'{img_dir}/cell-{i}-output-{j}.{ext}'
                images[name] = base64.b64decode(data[mime])
                parts.append(f'![]({name})')
            elif 'text/markdown' in data: parts.append(data['text/markdown'].strip())
            elif 'text/plain' in data: parts.append('    ' + data['text/plain'].rstrip().replace('\n', '\n    '))
    return '\n\n'.join(parts).rstrip() + '\n', images

def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--check', action='store_true', help='fail if README.md differs from nbs/index.ipynb')
    a = ap.parse_args()
    text, images = render()
    header = '<!-- Generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook, not this file. -->\n\n'
    text = header + text
    if a.check:
        stale = [p for p, b in images.items() if not (ROOT/p).exists() or (ROOT/p).read_bytes() != b]
        if (ROOT/'README.md').read_text() != text or stale:
            sys.exit('README.md is out of step with nbs/index.ipynb: run `python tools/make_readme.py`')
        return
    (ROOT/'README.md').write_text(text)
    for old in [*(ROOT/'index_files').glob('*.png'), *(ROOT/'index_files').glob('*.jpg')]:
        if f'index_files/{old.name}' not in images: old.unlink()
    for p, b in images.items():
        (ROOT/p).parent.mkdir(parents=True, exist_ok=True); (ROOT/p).write_bytes(b)

if __name__ == '__main__': main()
