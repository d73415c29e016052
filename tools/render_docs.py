#!/usr/bin/env python
"""Render the docs as a reader would see them, without Quarto (not installable on our machines).

1. the steps of `nbdev_proc_nbs` process the notebooks exactly as `nbdev_docs` would before Quarto
   (show_doc cells, directives, hidden cells) into `_proc/` (called one by one: `nbdev_proc_nbs` itself
   first tries to install Quarto, which needs sudo and the internet);
2. nbconvert turns each processed notebook into a standalone HTML page under `_html/`;
3. with `--screenshots`, headless Chromium photographs each page into `_html/shots/` (to look at them).

Not a test: it checks that processing and conversion run clean and reports what each page holds
(number of figures, show_doc entries, error outputs). Exit status 1 if any page has an error output."""
import argparse, json, re, shutil, subprocess, sys
from pathlib import Path
import nbformat
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parents[1]

def process(root:Path=ROOT)->Path:
    "`nbdev_proc_nbs` without its Quarto install step; return the `_proc` folder."
    import os
    from nbdev.config import get_config
    from nbdev.quarto import refresh_quarto_yml, proc_nbs
    from nbdev.doclinks import _build_modidx
    os.chdir(root)
    cfg = get_config()
    refresh_quarto_yml()
    _build_modidx()
    proc_nbs(cfg.nbs_path)
    return root/"_proc"

def _summary(nb)->dict:
    outs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    return dict(cells=len(nb.cells),
                figures=sum(bool({"image/png", "image/jpeg"} & o.get("data", {}).keys()) for o in outs),
                show_docs=sum(c.cell_type == "markdown" and "::: {#" in c.source or
                              (c.cell_type == "code" and "show_doc" in c.source) for c in nb.cells),
                errors=[o.get("ename", "") + ": " + o.get("evalue", "") for o in outs if o.get("output_type") == "error"])

def to_html(proc:Path, dest:Path)->dict:
    "nbconvert every processed notebook in `proc` to `dest`/*.html; a summary per page."
    exporter = HTMLExporter(template_name="lab", exclude_input_prompt=True, exclude_output_prompt=True)
    dest.mkdir(parents=True, exist_ok=True)
    pages = {}
    for nb_path in sorted(proc.rglob("*.ipynb")):
        if ".ipynb_checkpoints" in nb_path.parts: continue
        nb = nbformat.read(nb_path, as_version=4)
        pages_nb = nbformat.from_dict(nb)
        for c in pages_nb.cells:  # what Quarto would do: `echo: false` hides the code, front matter is metadata
            if c.cell_type == "code" and re.search(r"^#\|\s*echo:\s*false", c.source, re.M): c.source = ""
            if c.cell_type == "raw" and c.source.startswith("---"): c.source = ""
        body, _ = exporter.from_notebook_node(pages_nb)
        out = dest/nb_path.relative_to(proc).with_suffix(".html")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(body)
        pages[str(out.relative_to(dest))] = _summary(nb)
    return pages

def screenshots(dest:Path, pages:dict, width:int=1200, height:int=2400)->list[Path]:
    "Headless Chromium screenshot of each page into `dest`/shots (the top `height` pixels)."
    chrome = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chrome is None: sys.exit("no chromium on PATH: `apt-get install chromium`, or run without --screenshots")
    shots = dest/"shots"; shots.mkdir(exist_ok=True)
    done = []
    for page in pages:
        png = shots/(re.sub(r"[/\\]", "__", page) + ".png")
        subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--window-size={width},{height}", f"--screenshot={png}", (dest/page).as_uri()],
                       check=True, capture_output=True, timeout=120)
        done.append(png)
    return done

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dest", default=str(ROOT/"_html"), help="output folder (git-ignored)")
    ap.add_argument("--screenshots", action="store_true", help="also photograph each page with headless Chromium")
    a = ap.parse_args()
    pages = to_html(process(), Path(a.dest))
    print(json.dumps(pages, indent=1))
    if a.screenshots:
        for p in screenshots(Path(a.dest), pages): print("screenshot", p)
    bad = {p: s["errors"] for p, s in pages.items() if s["errors"]}
    if bad: sys.exit(f"error outputs in {bad}")

if __name__ == "__main__": main()
