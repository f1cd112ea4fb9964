"""The Directory page: services, their forms, HSDS import preview, referrals."""
