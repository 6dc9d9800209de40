"""The server's password policy (Nextcloud's password_policy app), in words, before anyone types.

Why: a conversation password that the policy refuses came back only after Send, as the server's
sentence; the rules are in the capabilities all along, so the password dialog says them up front.
Conversation passwords are share passwords: the ``sharing`` policy applies when the server
lists policies by context, else the one top-level policy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PasswordPolicy:
    """What a new password must be.

    Args:
        min_length: fewest characters (0: no minimum).
        upper_lower: needs upper- and lower-case letters.
        numeric: needs a digit.
        special: needs a special character.
        not_common: must not be a commonly used password.
        not_breached: must not be in a list of breached passwords (haveibeenpwned).
    """

    min_length: int = 0
    upper_lower: bool = False
    numeric: bool = False
    special: bool = False
    not_common: bool = False
    not_breached: bool = False

    @classmethod
    def from_capabilities(cls, capabilities: object) -> PasswordPolicy | None:
        """From ``ocs.data.capabilities`` of ``/cloud/capabilities``; None without the app."""
        if not isinstance(capabilities, dict):
            return None
        section = capabilities.get("password_policy")
        if not isinstance(section, dict):
            return None
        policies = section.get("policies")
        chosen: Any = section
        if isinstance(policies, dict) and isinstance(policies.get("sharing"), dict):
            chosen = policies["sharing"]
        length = chosen.get("minLength", 0)
        return cls(
            min_length=length if isinstance(length, int) and not isinstance(length, bool) else 0,
            upper_lower=chosen.get("enforceUpperLowerCase") is True,
            numeric=chosen.get("enforceNumericCharacters") is True,
            special=chosen.get("enforceSpecialCharacters") is True,
            not_common=chosen.get("enforceNonCommonPassword") is True,
            not_breached=chosen.get("enforceHaveIBeenPwned") is True,
        )

    def rules(self) -> list[str]:
        """Each requirement in words, in the order a person checks them."""
        found: list[str] = []
        if self.min_length:
            found.append(f"at least {self.min_length} characters")
        if self.upper_lower:
            found.append("upper- and lower-case letters")
        if self.numeric:
            found.append("a digit")
        if self.special:
            found.append("a special character")
        if self.not_common:
            found.append("not a commonly used password")
        if self.not_breached:
            found.append("not a password known from a data breach")
        return found

    def describe(self) -> str:
        """One sentence, or "" when the policy asks for nothing."""
        rules = self.rules()
        return f"The server's password policy: {', '.join(rules)}." if rules else ""

    def problem(self, password: str) -> str | None:
        """What the typed ``password`` visibly lacks (length and character classes; whether it
        is common or breached only the server knows), else None."""
        missing: list[str] = []
        if len(password) < self.min_length:
            missing.append(f"at least {self.min_length} characters")
        if self.upper_lower and not (
            any(c.islower() for c in password) and any(c.isupper() for c in password)
        ):
            missing.append("upper- and lower-case letters")
        if self.numeric and not any(c.isdigit() for c in password):
            missing.append("a digit")
        if self.special and all(c.isalnum() for c in password):
            missing.append("a special character")
        return f"The password needs {', '.join(missing)}" if missing else None
