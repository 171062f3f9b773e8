"""The keyed pseudonym that replaces NIP (and with it nama) after the clean stage.

pegawai_id = the first 16 hex digits of HMAC-SHA256(key, NIP). The key is 32 random bytes kept
in data/kunci/pseudonim.key (outside git, created on first use). Without the key a pseudonym
cannot be turned back into a NIP or recomputed from one; with the same key the same NIP always
gets the same pseudonym, so processed data stay joinable across runs. A new or changed key is
reported in the data-quality log, because pseudonyms then differ from earlier outputs.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

import pandas as pd

from evalasn.errors import InputError
from evalasn.files import write_atomically

PSEUDONYM_HEX_DIGITS = 16  # 64 bits: collisions are negligible at 10^5 staff


def load_or_create_key(path: Path) -> tuple[bytes, bool]:
    """The key at ``path`` and whether it was just created."""
    if path.exists():
        try:
            key = bytes.fromhex(path.read_text(encoding="ascii").strip())
        except ValueError:  # not hexadecimal text (UnicodeDecodeError is a ValueError too)
            key = b""
        if len(key) < 16:
            raise InputError(f"{path}: kunci pseudonim rusak (bukan 16 byte atau lebih dalam heksadesimal); hapus "
                             "file ini untuk membuat kunci baru (pseudonim lama tidak dapat dibandingkan lagi)")
        return key, False
    key = secrets.token_bytes(32)
    write_atomically(path, key.hex() + "\n", mode=0o600)  # readable by its owner only, from the start
    return key, True


def fingerprint(key: bytes) -> str:
    """A short public fingerprint of the key (recorded in provenance; reveals nothing of the key)."""
    return hashlib.sha256(b"evalasn-fingerprint" + key).hexdigest()[:12]


def pseudonymise(nip: pd.Series, key: bytes) -> pd.Series:
    """The pseudonym of every NIP (computed once per distinct NIP)."""
    unique = nip.dropna().unique()
    mapping = {v: hmac.new(key, v.encode("ascii"), hashlib.sha256).hexdigest()[:PSEUDONYM_HEX_DIGITS]
               for v in unique}
    return nip.map(mapping).astype("string")
