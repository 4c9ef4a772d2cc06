"""What the window and the command line are both built on (no Qt): the services of the app."""
