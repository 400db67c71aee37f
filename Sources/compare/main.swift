import Metrics
print("compare")
