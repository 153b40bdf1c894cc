"""kangzhan.serve."""
