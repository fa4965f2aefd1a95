"""Check digits the detector and the fakes share: Luhn for payment card numbers."""
from __future__ import annotations


def luhn_check_digit(body: str) -> str:
    """The digit that makes `body` + it pass the Luhn check."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)  # doubled: every second digit left of the check digit
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def luhn_valid(digits: str) -> bool:
    """Whether a run of digits ends in its Luhn check digit."""
    return len(digits) > 1 and digits.isdigit() and luhn_check_digit(digits[:-1]) == digits[-1]
