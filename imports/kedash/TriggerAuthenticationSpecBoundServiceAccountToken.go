package kedash


type TriggerAuthenticationSpecBoundServiceAccountToken struct {
	Parameter *string `field:"required" json:"parameter" yaml:"parameter"`
	ServiceAccountName *string `field:"required" json:"serviceAccountName" yaml:"serviceAccountName"`
}

