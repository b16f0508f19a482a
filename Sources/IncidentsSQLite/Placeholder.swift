public enum IncidentsSQLitePlaceholder {}
