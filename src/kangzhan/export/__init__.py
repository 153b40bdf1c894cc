"""kangzhan.export."""
