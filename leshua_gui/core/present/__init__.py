"""What a result shows, as text and data: window, tickets, command line."""
