#!/usr/bin/python3
"""Builds the manual pages and the bash completion of FewShot Studio's programs from their --help texts
(run by the build, so both always match the binaries they ship with).

  cli_docs.py man PROGRAM OUT.1 [--version V] [--date YYYY-MM-DD]   one page: PROGRAM --help and, for
                                                                     `fewshot`, every sub-command's --help
  cli_docs.py completion FEWSHOT OUT                                  bash completion for `fewshot`
  cli_docs.py man FEWSHOT OUT.1 --completion OUT ...                  both from one run of the help texts

Sub-commands are read from the "commands:" list of `fewshot --help`; options are any indented line that
starts with "--NAME" (or "-x, --NAME"), so the generator follows the help texts rather than a parser's
internals.
"""
import re
import subprocess
import sys
import os

OPTION = re.compile(r"^\s+(?:-\w,\s*)?(--[A-Za-z0-9][\w-]*)(.*)$")
PATH_VALUES = ("DIR", "FILE", "IMG", "PATH", "RUN", "OUT", "CHECKPOINT", "DATA", "DATASET", "COMPOSITE", "MASK")


_ALL_HELP = {}


def run_help(program, args):
    """PROGRAM ARGS --help; `fewshot --help-all` answers every command in one process (LibTorch starts once),
    else each is asked on its own."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if program not in _ALL_HELP:
        _ALL_HELP[program] = {}
        done = subprocess.run([program, "--help-all"], capture_output=True, text=True, env=env, timeout=120)
        if done.returncode == 0 and done.stdout.startswith("@@ "):
            for section in done.stdout.split("@@ ")[1:]:
                header, _, text = section.partition("\n")
                _ALL_HELP[program][tuple(header.split()[1:])] = text
    if tuple(args) in _ALL_HELP[program]:
        return _ALL_HELP[program][tuple(args)]
    done = subprocess.run([program] + args + ["--help"], capture_output=True, text=True, env=env, timeout=60)
    if done.returncode != 0:
        sys.exit(f"cli_docs: '{' '.join([program] + args)} --help' failed: {done.stderr.strip()}")
    return done.stdout


def commands(top_help):
    """[(command words, one-line summary)] from the "commands:" section of the top-level help."""
    found, inside = [], False
    for line in top_help.splitlines():
        if re.match(r"^\w[\w ]*:\s*$", line):
            inside = line.strip().lower() in ("commands:", "subcommands:")
            continue
        m = re.match(r"^  (\w[\w-]*(?: \w[\w-]*)?)\s{2,}(.*)$", line)
        if inside and m:
            found.append((m.group(1).split(), m.group(2).strip()))
    return found


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text)


def help_to_roff(text):
    """Usage lines in bold, each option a tagged paragraph, the rest as text."""
    out, in_option = [], False
    for line in text.rstrip().splitlines():
        stripped = line.strip()
        m = OPTION.match(line)
        if re.match(r"^usage:", stripped, re.I):
            out += [".PP", ".nf", r"\fB" + roff(stripped[6:].strip()) + r"\fR"]
            in_option = "usage"
        elif in_option == "usage" and line.startswith(" ") and not m:
            out.append(r"\fB" + roff(stripped) + r"\fR")
        elif m:
            if in_option == "usage":
                out.append(".fi")
            spec, rest = m.group(1) + m.group(2), ""
            parts = re.split(r"\s{2,}", spec.strip(), maxsplit=1)
            if len(parts) == 2:
                spec, rest = parts
            out += [".TP", r"\fB" + roff(spec.strip()) + r"\fR"]
            if rest:
                out.append(roff(rest))
            in_option = True
        elif not stripped:
            if in_option == "usage":
                out.append(".fi")
            in_option = False if in_option == "usage" else in_option
            out.append(".PP" if not in_option else "")
        elif re.match(r"^ {2,4}\S", line) and (re.search(r"\S\s{2,}\S", stripped) or " " not in stripped):
            # "  name    what it does" (a command list) or "  NAME" over an indented description
            if in_option == "usage":
                out.append(".fi")
            parts = re.split(r"\s{2,}", stripped, maxsplit=1)
            out += [".TP", r"\fB" + roff(parts[0]) + r"\fR"] + ([roff(parts[1])] if len(parts) == 2 else [])
            in_option = True
        elif re.match(r"^[A-Za-z][\w ]*:$", stripped):
            out += [".PP", r"\fI" + roff(stripped) + r"\fR"]
            in_option = False
        else:
            if in_option == "usage":
                out.append(".fi")
                in_option = False
            out.append(roff(stripped))
    if in_option == "usage":
        out.append(".fi")
    return "\n".join(l for l in out if l != "")


def man_page(program, version, date):
    name = os.path.basename(program)
    top = run_help(program, [])
    title = roff(name.upper())
    lines = [f'.TH {title} 1 "{date}" "FewShot Studio {version}" "User Commands"',
             ".SH NAME", f"{roff(name)} \\- " + roff(summary_line(name)), ".SH DESCRIPTION", help_to_roff(top)]
    subcommands = commands(top) if name == "fewshot" else []
    if subcommands:
        lines.append(".SH COMMANDS")
        for words, summary in subcommands:
            if words == ["version"]:
                continue
            lines += [".SS " + roff("fewshot " + " ".join(words)), roff(summary),
                      help_to_roff(run_help(program, words))]
    lines += [".SH ENVIRONMENT", ".TP", r"\fBFEWSHOT_WEIGHTS_DIR\fR",
              "Folder of the pretrained weights (else $XDG_DATA_HOME/fewshot\\-studio/weights, else "
              "~/.local/share/fewshot\\-studio/weights).",
              ".SH SEE ALSO", r"\fBfewshot\fR(1), \fBfewshot\-studio\fR(1), \fBfewshot\-sample\-dataset\fR(1);"
              " the user guide in /usr/share/doc/fewshot\\-studio/."]
    return "\n".join(lines) + "\n"


def summary_line(name):
    return {"fewshot": "train and explore GANs on tiny datasets from the command line",
            "fewshot-studio": "desktop studio to train and explore GANs on tiny datasets",
            "fewshot-sample-dataset": "render FewShot Studio's sample dataset of emoji faces"}.get(name, name)


def options_of(text):
    """[(option, takes a path)]"""
    result = []
    for line in text.splitlines():
        m = OPTION.match(line)
        if m and m.group(1) != "--help":
            value = m.group(2).strip().split("  ")[0].strip()
            result.append((m.group(1), any(v in value.upper() for v in PATH_VALUES)))
    return result


def completion(program):
    top = run_help(program, [])
    subs = commands(top)
    first = sorted({w[0] for w, _ in subs})
    second = {}
    for words, _ in subs:
        if len(words) == 2:
            second.setdefault(words[0], []).append(words[1])
    path_options, cases = set(), []
    for words, _ in subs:
        if words == ["version"]:
            continue
        opts = options_of(run_help(program, words))
        path_options.update(o for o, is_path in opts if is_path)
        cases.append(f'    "{" ".join(words)}") opts="{" ".join(o for o, _ in opts)} --help" ;;')
    second_cases = "\n".join(f'      {c}) COMPREPLY=($(compgen -W "{" ".join(s)}" -- "$cur")); return ;;'
                             for c, s in sorted(second.items()))
    return f"""# bash completion for fewshot (FewShot Studio); generated from its --help texts by packaging/cli_docs.py
_fewshot() {{
  local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "{" ".join(first)} --help --version" -- "$cur"))
    return
  fi
  local command=${{COMP_WORDS[1]}}
  if [[ $COMP_CWORD -eq 2 ]]; then
    case $command in
{second_cases}
    esac
  fi
  case $prev in
    {"|".join(sorted(path_options)) or "--none"})
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -f -- "$cur"))
      return ;;
  esac
  case $command in
    {"|".join(sorted(second))}) command="$command ${{COMP_WORDS[2]}}" ;;
  esac
  local opts=""
  case $command in
{chr(10).join(cases)}
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}}
complete -F _fewshot fewshot
"""


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("man", "completion"):
        sys.exit(__doc__)
    mode, program, out = sys.argv[1:4]
    extra = dict(zip(sys.argv[4::2], sys.argv[5::2]))
    if mode == "man":
        text = man_page(program, extra.get("--version", ""), extra.get("--date", "2026-12-03"))
        if "--completion" in extra:
            with open(extra["--completion"], "w", encoding="utf-8") as f:
                f.write(completion(program))
    else:
        text = completion(program)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
