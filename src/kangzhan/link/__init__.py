"""kangzhan.link."""
