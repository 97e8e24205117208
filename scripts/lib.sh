# shellcheck shell=bash
# Shared helpers for scripts/setup and scripts/test. Source it; don't run it.
#
# Defines ROOT (the repository root), VENV and VENV_PY, and:
#   ensure_venv      make .venv with a Python >= 3.12 (or remake it if it is
#                    broken or was made by an older Python)
#   pip_install F    pip install -r F into .venv (quiet, errors still shown)
#   apt_install P..  apt-get install packages (as root, or through sudo)
#   ensure_fonts     install the share image's fonts from Debian if missing
#   say / die        print a line / print an error and exit 1
#
# Set PYTHON=/path/to/python3.x to choose the interpreter for a new .venv.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
VENV_PY="$VENV/bin/python"
SCRIPT_NAME="scripts/$(basename "$0")"

export PIP_DISABLE_PIP_VERSION_CHECK=1

say() { printf '%s\n' "$*"; }
die() {
    printf '%s: error: %s\n' "$SCRIPT_NAME" "$*" >&2
    exit 1
}

# True if $1 runs, is Python >= 3.12 and can make a virtualenv (Debian splits
# venv/ensurepip out into pythonX.Y-venv).
python_can_make_venv() {
    "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 12))' \
        >/dev/null 2>&1
}

# True if $1 is a working virtualenv interpreter, >= 3.12, with pip.
venv_python_ok() {
    [[ -x "$1" ]] &&
        "$1" -c 'import sys, pip; sys.exit(sys.version_info < (3, 12) or sys.prefix == sys.base_prefix)' \
            >/dev/null 2>&1
}

# Print the path of the newest usable Python >= 3.12, or return 1.
# pyenv shims on PATH exist even for versions that aren't selected (they fail
# when run), so every candidate is actually run before it is accepted.
find_python() {
    local -a candidates=()
    local name root dir
    [[ -n "${PYTHON:-}" ]] && candidates+=("$PYTHON")
    for name in python3.14 python3.13 python3.12; do
        command -v "$name" >/dev/null 2>&1 && candidates+=("$(command -v "$name")")
    done
    local -a roots=()
    if command -v pyenv >/dev/null 2>&1; then
        root="$(pyenv root 2>/dev/null || true)"
        [[ -n "$root" ]] && roots+=("$root")
    fi
    [[ -n "${PYENV_ROOT:-}" ]] && roots+=("$PYENV_ROOT")
    roots+=("$HOME/.pyenv")
    for root in "${roots[@]}"; do
        [[ -d "$root/versions" ]] || continue
        while IFS= read -r dir; do
            candidates+=("$dir/bin/python3")
        done < <(find "$root/versions" -mindepth 1 -maxdepth 1 -name '3.*' | sort -rV)
    done
    for name in python3 python; do
        command -v "$name" >/dev/null 2>&1 && candidates+=("$(command -v "$name")")
    done

    local candidate
    for candidate in "${candidates[@]}"; do
        if python_can_make_venv "$candidate"; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}

ensure_venv() {
    if venv_python_ok "$VENV_PY"; then
        return 0
    fi
    local python
    python="$(find_python)" ||
        die "no Python >= 3.12 with venv support found (looked for \$PYTHON, python3.12+ on PATH, pyenv versions, python3); install one or set PYTHON=/path/to/python3.12"
    if [[ -e "$VENV" ]]; then
        say "Removing $VENV: it is broken or was made by a Python older than 3.12."
        rm -rf -- "$VENV"
    fi
    say "Creating $VENV with $("$python" -c 'import sys; print(sys.version.split()[0])') ($python)"
    "$python" -m venv "$VENV"
    venv_python_ok "$VENV_PY" || die "made $VENV with $python but it does not work"
}

pip_install() {
    say "Installing $1 into .venv"
    "$VENV_PY" -m pip install --quiet -r "$ROOT/$1" ||
        die "pip install -r $1 failed (see the errors above)"
}

_apt_updated=
# Compile the translation catalogues (locale/*/LC_MESSAGES/django.po -> .mo).
# Django's compilemessages needs GNU gettext's msgfmt.
compile_messages() {
    command -v msgfmt >/dev/null 2>&1 || apt_install gettext
    (cd "$ROOT" && DJANGO_DEBUG=1 "$VENV_PY" manage.py compilemessages --ignore=.venv --ignore=.bench -v0)
}

# The fonts policies/share_image.py draws with, at Debian's paths: DejaVu Sans
# (Latin scripts) and Noto Sans CJK (Traditional Chinese). DJANGO_FONT_DIR names
# a folder of one's own instead (the files are then looked for there, not installed).
SHARE_IMAGE_FONTS=(
    "fonts-dejavu-core /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    "fonts-dejavu-core /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    "fonts-noto-cjk /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
    "fonts-noto-cjk /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
)
ensure_fonts() {
    [[ -n "${DJANGO_FONT_DIR:-}" ]] && return 0
    local -a missing=()
    local entry package path
    for entry in "${SHARE_IMAGE_FONTS[@]}"; do
        read -r package path <<<"$entry"
        [[ -f "$path" || " ${missing[*]} " == *" $package "* ]] || missing+=("$package")
    done
    ((${#missing[@]} == 0)) && return 0
    apt_install "${missing[@]}"
    for entry in "${SHARE_IMAGE_FONTS[@]}"; do
        read -r package path <<<"$entry"
        [[ -f "$path" ]] || die "installed $package but $path is still missing"
    done
}

apt_install() {
    local -a sudo=()
    if [[ $EUID -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 ||
            die "need to install $* with apt-get, but not running as root and sudo is not available"
        sudo=(sudo)
    fi
    command -v apt-get >/dev/null 2>&1 ||
        die "need to install $* but apt-get is not available; install it yourself"
    say "Installing $* with apt-get"
    if [[ -z "$_apt_updated" ]]; then
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq ||
            die "apt-get update failed"
        _apt_updated=1
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" ||
        die "apt-get install $* failed"
}
