package kedash


type TriggerAuthenticationSpecOauth2Type string

const (
	// clientCredentials.
	TriggerAuthenticationSpecOauth2Type_CLIENT_CREDENTIALS TriggerAuthenticationSpecOauth2Type = "CLIENT_CREDENTIALS"
)

