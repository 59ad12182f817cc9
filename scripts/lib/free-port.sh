# Source it: free_port prints a TCP port on 127.0.0.1 that nothing listens on, chosen below the kernel's range of
# ephemeral ports. A port inside that range can be free of listeners and still be the local end of some outgoing
# connection (after a test suite, hundreds are), and a bind to it then fails with "already in use".
free_port() {
  local ephemeral_low top p
  ephemeral_low=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  top=$(( ephemeral_low > 21000 ? ephemeral_low - 1 : 32767 ))
  p=$(shuf -i "20000-$top" -n 1)
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$(shuf -i "20000-$top" -n 1); done
  echo "$p"
}
