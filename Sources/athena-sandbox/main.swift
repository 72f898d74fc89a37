print("athena-sandbox")
